#include "dialogs/TransferDialog.h"

#include "support/QStringPrinter.h"

#include <QLabel>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

CallScript transferScript()
{
    CallScript script;
    script.language = u"en"_s;
    script.lines.insert(u"transfer_warm"_s, u"I will connect you with {transfer_target}; please hold."_s);
    script.lines.insert(u"transfer_cold"_s, u"I am transferring you to {transfer_target} now."_s);
    return script;
}

const QList<TransferTarget> targets{{1, u"Billing"_s, u"department"_s, u"201"_s},
                                    {2, u"Ayesha Khan"_s, u"manager"_s, u"305"_s}};

} // namespace

TEST(TransferDialog, TheLineNamesTheChosenTargetAndColdWarns)
{
    TransferDialog dialog(targets, transferScript(), {});
    EXPECT_TRUE(dialog.isWarm()) << "warm transfer is the default (D3)";
    EXPECT_FALSE(dialog.isColdWarningShown());
    EXPECT_TRUE(dialog.scriptLine().contains(u"Billing"_s));
    dialog.selectTarget(1);
    dialog.setWarm(false);
    EXPECT_TRUE(dialog.isColdWarningShown());
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"transferLineLabel"_s)->text().contains(u"Ayesha Khan"_s));
}

TEST(TransferDialog, DeselectingTheTargetRemovesItsLineAndRefusesToTransfer)
{
    TransferDialog dialog(targets, transferScript(), {});
    auto* list = dialog.findChild<QListWidget*>(u"transferTargetListWidget"_s);
    auto* line = dialog.findChild<QLabel*>(u"transferLineLabel"_s);
    ASSERT_TRUE(line->text().contains(u"Billing"_s));
    list->currentItem()->setSelected(false); // what Ctrl+Space does
    EXPECT_FALSE(dialog.target());
    EXPECT_FALSE(line->isVisibleTo(&dialog)) << line->text().toStdString();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.errorText().isEmpty());
}

TEST(TransferDialog, NobodyToTransferToIsExplained)
{
    TransferDialog dialog({}, transferScript(), {});
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(u"nobody"_s)) << dialog.errorText().toStdString();
}
