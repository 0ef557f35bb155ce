#pragma once

#include <QPlainTextEdit>

class QTimer;

/// The agent's notes for the current call (F20). Emits notesChanged() at once for a change, then at
/// most every PushDelayMs while the agent keeps typing, so a long note is not copied on every keystroke;
/// the call session then saves it, masked, within a second. A paste larger than MaxPasteChars is refused with a message, and a large one
/// is announced, so a 1 MB paste neither freezes the window nor disappears silently.
/// Card numbers are masked on screen too, as they are stored: once the agent pauses for MaskDelayMs or
/// leaves the editor, each is replaced in place with "[Visa •••• 1234]" (one undoable edit).
class NotesEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesEditor)

public:
    static constexpr int PushDelayMs = 150;
    /// Pastes above this are announced ("pasted 1 048 576 characters").
    static constexpr qsizetype LargePasteChars = 64 * 1024;
    /// Pastes above this are refused: notes are for what was said, not for documents.
    static constexpr qsizetype MaxPasteChars = 4 * 1024 * 1024;
    /// Quiet time after the last change before card numbers in the text are masked.
    static constexpr int MaskDelayMs = 1000;

    explicit NotesEditor(QWidget* parent = nullptr);
    ~NotesEditor() override;
    /// Four lines: the script above gets the height first; the agent drags the border for more.
    QSize sizeHint() const override;

    /// Replaces the text without emitting notesChanged() (a new or recovered call).
    void setNotes(const QString& text);
    /// Emits notesChanged() now if a change is waiting (before the call closes).
    void pushNow();

public Q_SLOTS:
    /// Replaces card numbers in the text with their masked form now; nothing when read-only.
    void maskCardNumbers();

Q_SIGNALS:
    void notesChanged(const QString& text);
    /// Something the agent should know about their input (a large or refused paste), translated.
    void notice(const QString& message);

protected:
    void insertFromMimeData(const QMimeData* source) override;
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void retranslateUi();

    QTimer* m_push;
    QTimer* m_mask;
    bool m_loading = false;
    bool m_pending = false; ///< a change not yet emitted
    bool m_masking = false; ///< the change is our own masking of card numbers
};
