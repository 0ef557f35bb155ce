#include "dialogs/WrapUpDialog.h"

#include "support/QStringPrinter.h"

#include <QComboBox>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

TEST(WrapUpDialog, PrefillsAndShowsAfterCallWork)
{
    std::chrono::milliseconds acw = 12s;
    WrapUpDialog dialog(u"two more CDs"_s, u"follow_up"_s, [&] { return acw; });
    EXPECT_EQ(dialog.summary(), u"two more CDs"_s);
    EXPECT_EQ(dialog.disposition(), u"follow_up"_s);
    EXPECT_TRUE(dialog.afterCallWorkText().contains(u"00:12"_s));
    acw = 75s;
    dialog.refresh();
    EXPECT_TRUE(dialog.afterCallWorkText().contains(u"01:15"_s));
    EXPECT_EQ(dialog.findChild<QComboBox*>(u"dispositionComboBox"_s)->count(), WrapUpDialog::dispositions().size());
}

TEST(WrapUpDialog, OtherNeedsASummary)
{
    WrapUpDialog dialog({}, u"other"_s, {});
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    dialog.setSummary(u"Customer will write to us"_s);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

} // namespace
