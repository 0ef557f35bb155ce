#include "panels/NotesEditor.h"

#include "domain/CardMasker.h"

#include <QEvent>
#include <QFocusEvent>
#include <QLocale>
#include <QMimeData>
#include <QTextCursor>
#include <QTimer>

NotesEditor::NotesEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_push(new QTimer(this))
    , m_mask(new QTimer(this))
{
    setObjectName(QStringLiteral("notesPlainTextEdit"));
    setTabChangesFocus(true);
    // Wrapping a megabyte-long line is what freezes a text editor; QPlainTextEdit lays out lazily
    // per block, so only the visible part costs time.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_push->setSingleShot(true);
    m_push->setInterval(PushDelayMs);
    m_mask->setSingleShot(true);
    m_mask->setInterval(MaskDelayMs);
    connect(m_mask, &QTimer::timeout, this, &NotesEditor::maskCardNumbers);
    // The first change goes out at once and starts a quiet period; changes during it go out together
    // at its end. Steady typing reaches the session every PushDelayMs, a single keystroke immediately.
    connect(m_push, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        m_pending = false;
        m_push->start();
        Q_EMIT notesChanged(toPlainText());
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (!m_masking)
            m_mask->start();
        if (m_push->isActive()) {
            m_pending = true;
            return;
        }
        m_push->start();
        Q_EMIT notesChanged(toPlainText());
    });
    retranslateUi();
}

QSize NotesEditor::sizeHint() const
{
    const int frame = 2 * frameWidth() + static_cast<int>(2 * document()->documentMargin());
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 4 + frame};
}

NotesEditor::~NotesEditor() = default;

void NotesEditor::setNotes(const QString& text)
{
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    m_push->stop();
    m_mask->stop();
    m_pending = false;
}

void NotesEditor::maskCardNumbers()
{
    m_mask->stop();
    if (isReadOnly())
        return;
    // One character per document position. Only the changed span is replaced, in one edit block:
    // one Ctrl+Z takes it back, and text before it (and the cursor, when it was there) does not move.
    const std::optional<CardMaskEdit> mask = CardMasker::maskingEdit(toPlainText());
    if (!mask)
        return;
    const qsizetype newCursor = mask->mapCursor(textCursor().position());
    QTextCursor edit(document());
    edit.setPosition(static_cast<int>(mask->start));
    edit.setPosition(static_cast<int>(mask->end), QTextCursor::KeepAnchor);
    m_masking = true;
    edit.beginEditBlock();
    edit.insertText(mask->replacement);
    edit.endEditBlock();
    m_masking = false;
    QTextCursor moved = textCursor();
    moved.setPosition(static_cast<int>(newCursor));
    setTextCursor(moved);
}

void NotesEditor::focusOutEvent(QFocusEvent* event)
{
    // Not for a context menu: the agent is still working in the notes.
    if (event->reason() != Qt::PopupFocusReason)
        maskCardNumbers();
    QPlainTextEdit::focusOutEvent(event);
}

void NotesEditor::pushNow()
{
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT notesChanged(toPlainText());
}

void NotesEditor::insertFromMimeData(const QMimeData* source)
{
    if (!source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const qsizetype length = source->text().size();
    const QLocale locale;
    if (length > MaxPasteChars) {
        Q_EMIT notice(tr("The pasted text is too long for a note (%1 characters; at most %2). Nothing was pasted: "
                         "paste a shorter extract.")
                          .arg(locale.toString(length), locale.toString(MaxPasteChars)));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
    if (length > LargePasteChars) {
        Q_EMIT notice(tr("Pasted %1 characters into the notes. They are saved with the call; card numbers are "
                         "masked.")
                          .arg(locale.toString(length)));
    }
}

void NotesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPlainTextEdit::changeEvent(event);
}

void NotesEditor::retranslateUi()
{
    setAccessibleName(tr("Call notes"));
    setPlaceholderText(tr("Notes for this call. Saved as you type; card numbers are masked."));
}
