#pragma once

#include "domain/Note.h"
#include "storage/CallRepository.h"

#include <QObject>
#include <QString>

#include <chrono>

class CallWriteQueue;
class Clock;
class QTimer;

/// Keeps what the agent types during a call — the notes and the request capture (F4) — on its way to
/// the database (F20): at most SaveDelay after a change, masked for card numbers, through the call's
/// write queue, so it is written in order with the call's events.
class CallAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallAutosave)

public:
    /// The longest time typed text stays only in memory.
    static constexpr std::chrono::milliseconds SaveDelay {750};

    CallAutosave(CallWriteQueue& writes, const Clock& clock, QObject* parent = nullptr);
    ~CallAutosave() override;

    /// A new call (or a recovered one): its uid and customer, the note and capture it already has.
    void reset(const QString& callUid, qint64 customerId, qint64 agentId, const Note& note, const CallDraft& draft);
    /// No call: nothing more is saved.
    void clear();

    /// The notes as last set (not yet masked when unsaved).
    QString notes() const { return m_notesDirty ? m_pendingNotes : m_note.text; }
    const CallDraft& draft() const { return m_draft; }
    bool isDirty() const { return m_notesDirty || m_draftDirty; }

    void setNotes(const QString& text);
    void setRequestCapture(const QString& request, const QString& details, const QString& address);
    void setScriptLanguage(const QString& code);
    /// Queues what is pending now (before a close, or when the window goes).
    void flush();

    /// The timer that batches typing; exposed for tests that check it instead of the wall clock.
    const QTimer& timer() const { return *m_timer; }

Q_SIGNALS:
    /// The notes or the capture as queued are stored.
    void notesSaved();
    void draftSaved();

private:
    void scheduleSave();

    CallWriteQueue& m_writes;
    const Clock& m_clock;
    QTimer* m_timer;
    QString m_callUid;
    Note m_note;
    QString m_pendingNotes;
    bool m_notesDirty = false;
    CallDraft m_draft;
    bool m_draftDirty = false;
};
