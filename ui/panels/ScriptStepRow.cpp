#include "panels/ScriptStepRow.h"

#include "platform/Theme.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScriptStepRow ScriptStepRow::create(QWidget* parent, const QString& id)
{
    ScriptStepRow row;
    row.frame = new QFrame(parent);
    row.frame->setObjectName(u"scriptStepFrame_"_s + id);
    row.check = new QCheckBox(row.frame);
    row.check->setObjectName(u"stepCheckBox_"_s + id);
    row.text = new QLabel(row.frame);
    row.text->setObjectName(u"stepTextLabel_"_s + id);
    row.text->setWordWrap(true);
    row.text->setTextFormat(Qt::PlainText);
    row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* textRow = new QHBoxLayout;
    textRow->addSpacing(24); // under the check box's label; a layout mirrors it in right-to-left
    textRow->addWidget(row.text, 1);
    auto* frameLayout = new QVBoxLayout(row.frame);
    frameLayout->setContentsMargins(6, 4, 6, 4);
    frameLayout->addWidget(row.check);
    frameLayout->addLayout(textRow);
    return row;
}

void ScriptStepRow::mark(bool current, bool said, bool large) const
{
    // A thick frame, not only a colour, marks the step to say now, and its words are larger.
    Theme::apply(frame, current ? Theme::Look::CurrentStep : Theme::Look::Step);
    Theme::setType(text, current && large ? Theme::Type::Lead : Theme::Type::Body);
    Theme::apply(text, said ? Theme::Look::HintText : Theme::Look::Plain);
}
