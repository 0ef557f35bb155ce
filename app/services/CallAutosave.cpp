#include "services/CallAutosave.h"

#include "common/Clock.h"
#include "services/CallWriteQueue.h"

#include <QTimer>
#include <QUuid>

CallAutosave::CallAutosave(CallWriteQueue& writes, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_writes(writes)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(SaveDelay);
    connect(m_timer, &QTimer::timeout, this, &CallAutosave::flush);
}

CallAutosave::~CallAutosave()
{
    // F20: whatever was typed is queued (and journaled) even when the window goes away mid-call.
    flush();
}

void CallAutosave::reset(const QString& callUid, qint64 customerId, qint64 agentId, const Note& note,
    const CallDraft& draft)
{
    flush();
    m_callUid = callUid;
    m_note = note;
    m_note.customerId = customerId;
    if (m_note.uid.isEmpty())
        m_note.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_note.agentId == 0)
        m_note.agentId = agentId;
    m_pendingNotes = m_note.text;
    m_notesDirty = false;
    m_draft = draft;
    m_draftDirty = false;
}

void CallAutosave::clear()
{
    flush();
    m_callUid.clear();
}

void CallAutosave::setNotes(const QString& text)
{
    if (m_callUid.isEmpty())
        return;
    m_pendingNotes = text;
    m_notesDirty = true;
    scheduleSave();
}

void CallAutosave::setRequestCapture(const QString& request, const QString& details, const QString& address)
{
    if (m_callUid.isEmpty())
        return;
    m_draft.request = request;
    m_draft.details = details;
    m_draft.address = address;
    m_draftDirty = true;
    scheduleSave();
}

void CallAutosave::setScriptLanguage(const QString& code)
{
    if (m_callUid.isEmpty() || m_draft.scriptLanguage == code)
        return;
    m_draft.scriptLanguage = code;
    m_draftDirty = true;
    scheduleSave();
}

void CallAutosave::scheduleSave()
{
    // Not restarted on each keystroke: continuous typing still reaches the disk every SaveDelay.
    if (!m_timer->isActive())
        m_timer->start();
}

void CallAutosave::flush()
{
    m_timer->stop();
    if (m_callUid.isEmpty())
        return;
    if (m_notesDirty) {
        // Masked where it leaves memory: the storage binds and the journal (CardDataGuard).
        m_note.text = m_pendingNotes;
        m_note.updatedUtc = m_clock.nowUtc();
        m_notesDirty = false;
        m_writes.enqueue(CallWrite::notes(m_callUid, m_note), this, [this](const CallWrite::Outcome& outcome) {
            m_note.id = outcome.rowId;
            Q_EMIT notesSaved();
        });
    }
    if (m_draftDirty) {
        CallDraft draft = m_draft;
        draft.updatedUtc = m_clock.nowUtc();
        m_draftDirty = false;
        m_writes.enqueue(CallWrite::draftOf(m_callUid, draft), this, [this](const CallWrite::Outcome&) { Q_EMIT draftSaved(); });
    }
}
