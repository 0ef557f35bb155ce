#pragma once

class QCheckBox;
class QFrame;
class QLabel;
class QString;
class QWidget;

/// One step of the call script on screen: a check box with the step's title, the words to say under it
/// and the frame around both that marks the step to say now. The panel owns the widgets (their parent).
struct ScriptStepRow
{
    QFrame* frame = nullptr;
    QCheckBox* check = nullptr;
    QLabel* text = nullptr;

    /// The widgets of step `id`, in `parent`.
    static ScriptStepRow create(QWidget* parent, const QString& id);

    /// Marks the step to say now with the frame and, when `large`, larger words; the words of steps
    /// said or skipped read as hints (quieter, still readable).
    void mark(bool current, bool said, bool large = true) const;
};
