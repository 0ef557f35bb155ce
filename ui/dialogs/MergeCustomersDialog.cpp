#include "dialogs/MergeCustomersDialog.h"

#include "domain/PhoneFormat.h"
#include "i18n/BidiText.h"
#include "panels/CustomerFieldNames.h"
#include "platform/DialogWindow.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"
#include "services/CustomerEditing.h"
#include "services/CustomerService.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// Fields chosen one or the other; phones and tags of both cards are all kept.
constexpr CustomerField ChosenFields[] = {CustomerField::Salutation, CustomerField::GivenName,
    CustomerField::FamilyName, CustomerField::Phone, CustomerField::Email, CustomerField::Address,
    CustomerField::Country, CustomerField::PreferredLanguage};

constexpr int SearchLimit = 20;

QString resultLine(const Customer& c, const QString& teamRegion)
{
    if (c.phone.isEmpty())
        return c.fullName();
    //: A search result: %1 the customer's name, %2 the phone number
    return MergeCustomersDialog::tr("%1 — %2")
        .arg(BidiText::isolated(c.fullName()),
            BidiText::leftToRight(PhoneFormat::forDisplay(c.phone, c.country, teamRegion)));
}

QString shownValue(const Customer& c, CustomerField field)
{
    const QString value = CustomerFields::value(c, field);
    if (field == CustomerField::PreferredLanguage && !value.isEmpty())
        return LanguageSwitcher::nativeName(value);
    return value;
}

} // namespace

MergeCustomersDialog::MergeCustomersDialog(ICustomerService& customers, ICustomerEditing& editing,
    const Customer& kept, const QString& teamRegion, QWidget* parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_editing(editing)
    , m_kept(kept)
    , m_teamRegion(teamRegion)
    , m_searchEdit(new QLineEdit(this))
    , m_resultsList(new QListWidget(this))
    , m_comparison(new QWidget(this))
    , m_grid(new QGridLayout(m_comparison))
    , m_noteLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_mergeButton(new QPushButton(this))
    , m_debounce(new QTimer(this))
{
    DialogWindow::setUp(this);
    setObjectName(u"mergeCustomersDialog"_s);
    //: Dialog title: %1 is the name of the card that stays
    setWindowTitle(tr("Merge a card into %1").arg(BidiText::isolated(kept.fullName())));

    auto* intro = new QLabel(tr("Find the other card of this customer by name, phone or e-mail. Its calls, notes, "
                                "follow-ups and history move to this card, and it leaves the search."),
        this);
    intro->setObjectName(u"mergeIntroLabel"_s);
    intro->setWordWrap(true);
    auto* searchCaption = new QLabel(tr("&Find the other card:"), this);
    searchCaption->setBuddy(m_searchEdit);
    m_searchEdit->setObjectName(u"mergeSearchLineEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Find the other card"));
    m_resultsList->setObjectName(u"mergeResultsListWidget"_s);
    m_resultsList->setAccessibleName(tr("Cards found"));
    m_resultsList->setMaximumHeight(m_resultsList->fontMetrics().lineSpacing() * 6 + 8);

    m_comparison->setObjectName(u"mergeComparisonWidget"_s);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"mergeComparisonScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_comparison);
    m_noteLabel->setObjectName(u"mergeNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setText(tr("Pick the value to keep where the cards differ. Phone numbers and tags of both cards are "
                            "kept."));
    Theme::apply(m_noteLabel, Theme::Look::HintText);
    m_errorLabel->setObjectName(u"mergeErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    Theme::apply(m_errorLabel, Theme::Look::ErrorMessage);

    m_mergeButton->setObjectName(u"mergePushButton"_s);
    m_mergeButton->setText(tr("&Merge cards"));
    m_mergeButton->setAccessibleName(tr("Merge the cards"));
    m_mergeButton->setEnabled(false);
    m_buttons->setObjectName(u"mergeButtonBox"_s);
    m_buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeCustomersDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_busy)
            reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(searchCaption);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_resultsList);
    layout->addWidget(m_noteLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MergeCustomersDialog::searchNow);
    connect(m_resultsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_results.size())
            pick(m_results.at(row));
    });
    rebuildComparison();
    resize(720, 560);
}

MergeCustomersDialog::~MergeCustomersDialog() = default;

void MergeCustomersDialog::searchNow()
{
    m_debounce->stop();
    const QString text = m_searchEdit->text().trimmed();
    const ReadGeneration::Tag tag = m_searches.advance();
    if (text.isEmpty()) {
        m_results.clear();
        m_resultsList->clear();
        return;
    }
    m_customers.searchPage(text, std::nullopt, SearchLimit + 1, tag, this, [this, tag](Result<CustomerPage> page) {
        if (tag.stale() || !page)
            return;
        m_results.clear();
        m_resultsList->clear();
        for (const Customer& c : page.value().rows) {
            if (c.id == m_kept.id || m_results.size() == SearchLimit)
                continue; // a card is not merged with itself
            m_results << c;
            m_resultsList->addItem(resultLine(c, m_teamRegion));
        }
    });
}

void MergeCustomersDialog::pick(const Customer& other)
{
    m_other = other;
    rebuildComparison();
    m_mergeButton->setEnabled(!m_busy);
}

void MergeCustomersDialog::rebuildComparison()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choices.clear();
    auto* thisHeader = new QLabel(tr("This card"), m_comparison);
    auto* otherHeader = new QLabel(tr("Other card"), m_comparison);
    for (QLabel* header : {thisHeader, otherHeader})
        Theme::setType(header, Theme::Type::Headline);
    m_grid->addWidget(thisHeader, 0, 1);
    m_grid->addWidget(otherHeader, 0, 2);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    if (!m_other) {
        auto* none = new QLabel(tr("No other card chosen yet."), m_comparison);
        none->setWordWrap(true);
        m_grid->addWidget(none, 1, 0, 1, 3);
        return;
    }
    int row = 1;
    for (const CustomerField field : ChosenFields) {
        const QString mine = shownValue(m_kept, field);
        const QString theirs = shownValue(*m_other, field);
        if (mine.isEmpty() && theirs.isEmpty())
            continue;
        auto* caption = new QLabel(CustomerFieldNames::caption(field), m_comparison);
        m_grid->addWidget(caption, row, 0, Qt::AlignTop);
        if (mine == theirs) {
            auto* same = new QLabel(mine, m_comparison);
            same->setWordWrap(true);
            m_grid->addWidget(same, row, 1, 1, 2);
        } else {
            auto* group = new QButtonGroup(m_comparison);
            const QString label = CustomerFieldNames::name(field);
            for (int side = 0; side < 2; ++side) {
                const QString value = side == 0 ? mine : theirs;
                auto* button = new QRadioButton(value.isEmpty() ? tr("(empty)") : value, m_comparison);
                button->setObjectName(CustomerFields::key(field) + (side == 0 ? u"KeepRadioButton"_s : u"OtherRadioButton"_s));
                //: Accessible name of a choice in the merge: %1 the field, %2 its value on this or the other card
                const QString shown = BidiText::isolated(value);
                button->setAccessibleName(side == 0 ? tr("%1 of this card: %2").arg(label, shown)
                                                    : tr("%1 of the other card: %2").arg(label, shown));
                group->addButton(button, side);
                m_grid->addWidget(button, row, 1 + side, Qt::AlignTop);
            }
            // The kept card's value by default, unless it has none.
            group->button(mine.isEmpty() ? 1 : 0)->setChecked(true);
            caption->setBuddy(group->checkedButton());
            m_choices.insert(field, group);
        }
        ++row;
    }
    m_grid->setRowStretch(row, 1);
}

Customer MergeCustomersDialog::chosenValues() const
{
    Customer values = m_kept;
    if (!m_other)
        return values;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->checkedId() == 1)
            CustomerFields::setValue(values, it.key(), CustomerFields::value(*m_other, it.key()));
    }
    return values;
}

void MergeCustomersDialog::chooseOther(CustomerField field)
{
    if (QButtonGroup* group = m_choices.value(field); group && group->button(1))
        group->button(1)->setChecked(true);
}

QString MergeCustomersDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void MergeCustomersDialog::confirm()
{
    if (!m_other || m_busy)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Merge cards"),
        //: %1 the card merged away, %2 the card kept
        tr("Merge the card of %1 into the card of %2? Its history moves and it leaves the search. This cannot be "
           "undone.")
            .arg(BidiText::isolated(m_other->fullName()), BidiText::isolated(m_kept.fullName())),
        QMessageBox::NoButton, this);
    box->setObjectName(u"confirmMergeMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Merge cards"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmMergePushButton"_s);
    QPushButton* no = box->addButton(tr("Do not merge"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* button) {
        if (button == yes)
            runMerge();
    });
    box->open();
}

void MergeCustomersDialog::runMerge()
{
    if (!m_other || m_busy)
        return;
    showError({});
    setBusy(true);
    const qint64 mergedId = m_other->id;
    m_editing.merge(chosenValues(), mergedId, this, [this, mergedId](Result<Customer> kept) {
        setBusy(false);
        if (!kept) {
            showError(kept.error().message);
            return;
        }
        emit merged(kept.value(), mergedId);
        accept();
    });
}

void MergeCustomersDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_searchEdit->setEnabled(!busy);
    m_resultsList->setEnabled(!busy);
    m_comparison->setEnabled(!busy);
    m_mergeButton->setEnabled(!busy && m_other.has_value());
    m_mergeButton->setText(busy ? tr("Merging…") : tr("&Merge cards"));
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!busy);
}

void MergeCustomersDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}
