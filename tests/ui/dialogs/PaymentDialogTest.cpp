#include "dialogs/PaymentDialog.h"

#include "i18n/Languages.h"
#include "platform/LanguageSwitcher.h"
#include "services/ScriptLibrary.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// Types `text` into `widget` key by key. QTest::keyClicks only knows ASCII keys: other characters
/// (Devanagari, Urdu) arrive as key events carrying their text, as an input method delivers them.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

/// The next widget Tab moves to (focus proxies such as a spin box's inner line edit skipped).
QWidget* nextTabStop(QWidget* widget)
{
    QWidget* next = widget->nextInFocusChain();
    while (next != widget && (next->focusProxy() || !(next->focusPolicy() & Qt::TabFocus) || !next->isVisible()))
        next = next->nextInFocusChain();
    return next;
}

/// Built-in scripts only: an empty override folder.
CallScript shippedScript(const QString& language)
{
    const QTemporaryDir dir;
    Result<CallScript> script = ScriptLibrary(dir.path()).load(language, Channel::Phone);
    EXPECT_TRUE(script) << script.error().fullText().toStdString();
    return script ? script.take() : CallScript {};
}

class PaymentDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { makeDialog(u"en"_s); }

    void makeDialog(const QString& language)
    {
        m_dialog.reset();
        m_dialog = std::make_unique<PaymentDialog>(
            shippedScript(language), ScriptRenderer::Variables {{u"customer"_s, u"Ms. Smith"_s}}, m_clock);
        m_dialog->show();
        ASSERT_NE(name(), nullptr);
        ASSERT_NE(number(), nullptr);
        ASSERT_NE(expiry(), nullptr);
        ASSERT_NE(confirm(), nullptr);
    }

    QLineEdit* name() const { return m_dialog->findChild<QLineEdit*>(u"nameOnCardLineEdit"_s); }
    QLineEdit* number() const { return m_dialog->findChild<QLineEdit*>(u"cardNumberLineEdit"_s); }
    QLineEdit* expiry() const { return m_dialog->findChild<QLineEdit*>(u"cardExpiryLineEdit"_s); }
    QPushButton* confirm() const { return m_dialog->findChild<QPushButton*>(u"confirmPaymentPushButton"_s); }
    QString label(const QString& objectName) const
    {
        const auto* l = m_dialog->findChild<QLabel*>(objectName);
        return l ? l->text() : u"<no label %1>"_s.arg(objectName);
    }

    void type(const QString& cardName, const QString& cardNumber, const QString& cardExpiry)
    {
        typeText(name(), cardName);
        typeText(number(), cardNumber);
        typeText(expiry(), cardExpiry);
    }

    /// Every text the dialog shows or tells assistive technology, for "the number is nowhere" checks.
    QStringList visibleTexts() const
    {
        QStringList texts {m_dialog->windowTitle()};
        for (const QWidget* w : m_dialog->findChildren<QWidget*>()) {
            texts << w->accessibleName() << w->accessibleDescription() << w->toolTip();
            if (const auto* l = qobject_cast<const QLabel*>(w))
                texts << l->text();
            if (const auto* b = qobject_cast<const QPushButton*>(w))
                texts << b->text();
        }
        return texts;
    }

    FakeClock m_clock; // 14 March 2026
    std::unique_ptr<PaymentDialog> m_dialog;
};

TEST_F(PaymentDialogTest, ConfirmIsDisabledUntilEverythingIsValid)
{
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_FALSE(m_dialog->isInputValid());
    QTest::keyClicks(name(), u"Jane Smith"_s);
    QTest::keyClicks(number(), u"4111 1111 1111 1111"_s);
    EXPECT_FALSE(confirm()->isEnabled()) << "expiry still missing";
    QTest::keyClicks(expiry(), u"12/29"_s);
    EXPECT_TRUE(confirm()->isEnabled());
}

TEST_F(PaymentDialogTest, InvalidCheckDigitKeepsConfirmDisabledWithAMessage)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1112"_s, u"12/29"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"not valid"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();
    EXPECT_TRUE(number()->accessibleDescription().contains(u"not valid"_s));
    // Nothing of an invalid number reaches the read-back either.
    // The gap reads "…", never the raw "[card_last4]".
    EXPECT_TRUE(m_dialog->readBackText().contains(u"ending in …"_s)) << m_dialog->readBackText().toStdString();
    EXPECT_FALSE(m_dialog->readBackText().contains(u"1112"_s));
    EXPECT_FALSE(m_dialog->readBackText().contains(u'['));
}

TEST_F(PaymentDialogTest, WrongLengthAndStrayCharactersAreExplained)
{
    type(u"Jane Smith"_s, u"4111 1111"_s, u"12/29"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"Visa card numbers are longer"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();

    number()->clear();
    QTest::keyClicks(number(), u"12"_s);
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"12 to 19 digits"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();

    number()->clear();
    QTest::keyClicks(number(), u"4111 1111 1111 111x"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"only digits"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();

    // Luhn-valid but 15 digits: not a Visa length, a typo that passed the check digit.
    number()->clear();
    QTest::keyClicks(number(), u"411111111111116"_s);
    ASSERT_TRUE(CardMasker::luhnValid(u"411111111111116"_s));
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"not a valid length"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();

    // Luhn-valid but 14 digits: no Visa has that length either (the core's table decides, not the dialog).
    number()->clear();
    QTest::keyClicks(number(), u"4111 1111 1111 14"_s);
    ASSERT_TRUE(CardMasker::luhnValid(u"41111111111114"_s));
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"14 digits is not a valid length for a Visa card"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();

    // Luhn-valid, 16 digits, but no scheme issues numbers starting 12.
    number()->clear();
    QTest::keyClicks(number(), u"1234 5678 9012 3452"_s);
    ASSERT_TRUE(CardMasker::luhnValid(u"1234567890123452"_s));
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"No card scheme"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();
}

TEST_F(PaymentDialogTest, ValidCardShowsBrandAndLastFourButNeverTheFullNumber)
{
    type(u"Jane Smith"_s, u"5555-5555-5555-4444"_s, u"7/2029"_s);
    ASSERT_TRUE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"Mastercard"_s)) << label(u"cardNumberStatusLabel"_s).toStdString();

    const QString readBack = m_dialog->readBackText();
    EXPECT_TRUE(readBack.contains(u"Ms. Smith"_s)) << readBack.toStdString();
    EXPECT_TRUE(readBack.contains(u"Jane Smith"_s)) << readBack.toStdString();
    EXPECT_TRUE(readBack.contains(u"Mastercard"_s)) << readBack.toStdString();
    EXPECT_TRUE(readBack.contains(u"4444"_s)) << readBack.toStdString();
    EXPECT_TRUE(readBack.contains(u"07/29"_s)) << readBack.toStdString();
    EXPECT_FALSE(readBack.contains(u'['))  << "no placeholder left: " << readBack.toStdString();

    for (const QString& text : visibleTexts()) {
        for (const QString& pan : {u"5555555555554444"_s, u"5555-5555-5555-4444"_s, u"5555 5555 5555 4444"_s})
            EXPECT_FALSE(text.contains(pan)) << "full number shown in: " << text.toStdString();
        EXPECT_FALSE(text.contains(u"55554444"_s)) << "more than the last four shown in: " << text.toStdString();
    }
}

TEST_F(PaymentDialogTest, CardNumberCannotBeCopiedToTheClipboard)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"before"_s);
    number()->setFocus();
    number()->selectAll();
    number()->copy();
    number()->cut();
    EXPECT_EQ(clipboard->text(), u"before"_s);
}

TEST_F(PaymentDialogTest, OtherScriptsDigitsAreAccepted)
{
    type(u"अनिल शर्मा"_s, u"४१११ ११११ ११११ ११११"_s, u"12/29"_s);
    EXPECT_TRUE(confirm()->isEnabled()) << label(u"cardNumberStatusLabel"_s).toStdString();
    EXPECT_TRUE(label(u"cardNumberStatusLabel"_s).contains(u"Visa"_s));
    number()->setText(u"۵۵۵۵ ۵۵۵۵ ۵۵۵۵ ۴۴۴۴"_s); // Extended Arabic-Indic, as typed on an Urdu keyboard
    EXPECT_TRUE(confirm()->isEnabled()) << label(u"cardNumberStatusLabel"_s).toStdString();
    EXPECT_TRUE(m_dialog->readBackText().contains(u"4444"_s)) << m_dialog->readBackText().toStdString();
}

TEST_F(PaymentDialogTest, ExpiredOrMalformedOrFarExpiryIsRefused)
{
    type(u"Jane Smith"_s, u"378282246310005"_s, u"02/26"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardExpiryStatusLabel"_s).contains(u"expired"_s)) << label(u"cardExpiryStatusLabel"_s).toStdString();

    expiry()->clear();
    QTest::keyClicks(expiry(), u"03/26"_s); // valid to the end of this month
    EXPECT_TRUE(confirm()->isEnabled()) << label(u"cardExpiryStatusLabel"_s).toStdString();

    expiry()->clear();
    QTest::keyClicks(expiry(), u"13/27"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardExpiryStatusLabel"_s).contains(u"MM/YY"_s)) << label(u"cardExpiryStatusLabel"_s).toStdString();

    expiry()->clear();
    QTest::keyClicks(expiry(), u"01/2050"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardExpiryStatusLabel"_s).contains(u"years ahead"_s)) << label(u"cardExpiryStatusLabel"_s).toStdString();
}

TEST_F(PaymentDialogTest, TheSlashIsPutInAsTheExpiryIsTyped)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"0929"_s);
    EXPECT_EQ(expiry()->text(), u"09/29"_s);
    EXPECT_TRUE(confirm()->isEnabled()) << label(u"cardExpiryStatusLabel"_s).toStdString();
    EXPECT_TRUE(m_dialog->readBackText().contains(u"09/29"_s)) << m_dialog->readBackText().toStdString();

    // Each form a customer reads out ends as MM/YY or MM/YYYY, typed key by key.
    const std::pair<QString, QString> forms[] = {
        {u"9/29"_s, u"09/29"_s}, {u"09/29"_s, u"09/29"_s}, {u"09 / 2029"_s, u"09/2029"_s}, {u"9-2029"_s, u"09/2029"_s},
        {u"\uFF10\uFF19\uFF0F\uFF12\uFF19"_s, u"09/29"_s}, {u"۰۹۲۹"_s, u"09/29"_s}};
    for (const auto& [typed, shown] : forms) {
        expiry()->clear();
        typeText(expiry(), typed);
        EXPECT_EQ(expiry()->text(), shown) << typed.toStdString();
        EXPECT_TRUE(confirm()->isEnabled()) << typed.toStdString() << label(u"cardExpiryStatusLabel"_s).toStdString();
    }

    // Backspace over the slash takes it away; the next digit brings it back before the year.
    expiry()->clear();
    typeText(expiry(), u"12"_s);
    EXPECT_EQ(expiry()->text(), u"12/"_s);
    QTest::keyClick(expiry(), Qt::Key_Backspace);
    EXPECT_EQ(expiry()->text(), u"12"_s);
    typeText(expiry(), u"30"_s);
    EXPECT_EQ(expiry()->text(), u"12/30"_s);

    // A pasted expiry is put in shape too.
    expiry()->clear();
    expiry()->insert(u"0930"_s);
    EXPECT_EQ(expiry()->text(), u"09/30"_s);
}

TEST_F(PaymentDialogTest, MonthThirteenAndAnExpiredCardSayWhy)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"1327"_s);
    EXPECT_EQ(expiry()->text(), u"1327"_s) << "no slash after a month that does not exist";
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardExpiryStatusLabel"_s).contains(u"There is no month 13"_s)) << label(u"cardExpiryStatusLabel"_s).toStdString();

    expiry()->clear();
    typeText(expiry(), u"0226"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"cardExpiryStatusLabel"_s).contains(u"expired at the end of \u2068February 2026\u2069"_s))
        << label(u"cardExpiryStatusLabel"_s).toStdString();
}

TEST_F(PaymentDialogTest, ACardNumberInTheNameFieldIsRefused)
{
    type(u"Jane 4111 1111 1111 1111"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    EXPECT_FALSE(confirm()->isEnabled());
    EXPECT_TRUE(label(u"nameOnCardStatusLabel"_s).contains(u"card number"_s));
}

TEST_F(PaymentDialogTest, AcceptKeepsOnlyTheSummaryAndWipesTheNumber)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    QTest::mouseClick(confirm(), Qt::LeftButton);
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);

    const std::optional<CardSummary> card = m_dialog->cardSummary();
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->brand, CardBrand::Visa);
    EXPECT_EQ(card->last4, u"1111"_s);
    EXPECT_EQ(card->expiry, u"12/29"_s);
    EXPECT_EQ(card->nameOnCard, u"Jane Smith"_s);

    EXPECT_TRUE(number()->text().isEmpty());
    EXPECT_FALSE(number()->isModified());
    EXPECT_FALSE(number()->isUndoAvailable()) << "the undo history would bring the number back";
    number()->undo();
    EXPECT_TRUE(number()->text().isEmpty());
}

TEST_F(PaymentDialogTest, EnterConfirmsFromTheKeyboard)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    QTest::keyClick(expiry(), Qt::Key_Return);
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(m_dialog->cardSummary().has_value());
}

TEST_F(PaymentDialogTest, RejectWipesTheNumberAndKeepsNothing)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    QTest::keyClick(number(), Qt::Key_Escape);
    EXPECT_EQ(m_dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(m_dialog->cardSummary().has_value());
    EXPECT_TRUE(number()->text().isEmpty());
    EXPECT_FALSE(number()->isUndoAvailable());
}

TEST_F(PaymentDialogTest, DestructionWipesTheNumber)
{
    type(u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    QString lastText = number()->text();
    ASSERT_FALSE(lastText.isEmpty());
    QObject::connect(number(), &QLineEdit::textChanged, number(), [&lastText](const QString& t) { lastText = t; });
    m_dialog.reset();
    EXPECT_TRUE(lastText.isEmpty());
}

TEST_F(PaymentDialogTest, UrduReadBackIsRightToLeftWithDigitsIsolatedLeftToRight)
{
    makeDialog(u"ur"_s);
    type(u"عائشہ خان"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
    ASSERT_TRUE(confirm()->isEnabled());
    const auto* readBack = m_dialog->findChild<QLabel*>(u"readBackLabel"_s);
    ASSERT_NE(readBack, nullptr);
    EXPECT_EQ(readBack->layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(readBack->text().contains(u"کارڈ"_s)) << readBack->text().toStdString();
    EXPECT_TRUE(readBack->text().contains(QChar(0x2066) + u"1111"_s + QChar(0x2069))) << readBack->text().toStdString();
    EXPECT_TRUE(readBack->text().contains(QChar(0x2066) + u"12/29"_s + QChar(0x2069))) << readBack->text().toStdString();
    EXPECT_EQ(number()->layoutDirection(), Qt::LeftToRight);
    // The sentence starts with the customer's Latin name, yet the paragraph is right-to-left.
    EXPECT_EQ(readBack->text().at(0), QChar(0x200F)) << "right-to-left mark first";
}

TEST_F(PaymentDialogTest, TabOrderFollowsTheForm)
{
    name()->setFocus();
    EXPECT_EQ(nextTabStop(name()), number());
    EXPECT_EQ(nextTabStop(number()), expiry());
    EXPECT_EQ(nextTabStop(expiry()), confirm());
    for (QLineEdit* edit : {name(), number(), expiry()})
        EXPECT_FALSE(edit->accessibleName().isEmpty()) << edit->objectName().toStdString();
}

/// Renders the dialog in English and Urdu; with CORDIAL_SCREENSHOT_DIR set, the images are kept for docs/.
/// Without it they go to a temporary folder, so an ordinary run still checks they render (and skips nothing).
TEST_F(PaymentDialogTest, Screenshots)
{
    const QTemporaryDir scratch;
    const QString requested = qEnvironmentVariable("CORDIAL_SCREENSHOT_DIR");
    const QString dir = requested.isEmpty() ? scratch.path() : requested;
    Languages languages;
    for (const QString& language : {u"en"_s, u"ur"_s}) {
        LanguageSwitcher::apply(languages, language);
        makeDialog(language);
        type(language == u"ur"_s ? u"عائشہ خان"_s : u"Jane Smith"_s, u"4111 1111 1111 1111"_s, u"12/29"_s);
        m_dialog->resize(560, m_dialog->heightForWidth(560) > 0 ? m_dialog->heightForWidth(560) : m_dialog->sizeHint().height());
        QApplication::processEvents();
        EXPECT_TRUE(m_dialog->grab().save(QDir(dir).filePath(u"payment-readback-%1.png"_s.arg(language))));
    }
    LanguageSwitcher::apply(languages, u"en"_s);
}

} // namespace
