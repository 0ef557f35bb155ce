#include "panels/CustomerCard.h"

#include "dialogs/CustomerAuditDialog.h"
#include "dialogs/MergeCustomersDialog.h"
#include "domain/CustomerValidation.h"
#include "domain/PhoneFormat.h"
#include "i18n/BidiText.h"
#include "panels/CustomerCardEditor.h"
#include "panels/CustomerCardTexts.h"
#include "panels/WrappingScrollArea.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"
#include "services/CustomerEditing.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CustomerCard::CustomerCard(QWidget* parent)
    : QFrame(parent)
    , m_pages(new QWidget(this))
    , m_nameLabel(new QLabel(this))
    , m_phoneCaption(new QLabel(this))
    , m_phoneLabel(addValueLabel())
    , m_otherPhonesCaption(new QLabel(this))
    , m_otherPhonesLabel(addValueLabel())
    , m_emailCaption(new QLabel(this))
    , m_emailLabel(addValueLabel())
    , m_addressCaption(new QLabel(this))
    , m_addressLabel(addValueLabel())
    , m_countryCaption(new QLabel(this))
    , m_countryLabel(addValueLabel())
    , m_languageCaption(new QLabel(this))
    , m_languageLabel(addValueLabel())
    , m_tagsCaption(new QLabel(this))
    , m_tagsLabel(addValueLabel())
    , m_followUpsCaption(new QLabel(this))
    , m_followUpsLabel(addValueLabel())
    , m_editButton(new QPushButton(this))
    , m_newButton(new QPushButton(this))
    , m_mergeButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_editAction(new QAction(this))
    , m_editor(new CustomerCardEditor(this))
{
    setObjectName(u"customerCardFrame"_s);
    setFrameShape(QFrame::StyledPanel);

    m_nameLabel->setObjectName(u"customerNameLabel"_s);
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Who the customer is comes first: the card's headline, above the body of the card.
    Theme::setType(m_nameLabel, Theme::Type::Headline);
    m_phoneLabel->setObjectName(u"customerPhoneLabel"_s);
    m_otherPhonesLabel->setObjectName(u"customerOtherPhonesLabel"_s);
    m_emailLabel->setObjectName(u"customerEmailLabel"_s);
    m_addressLabel->setObjectName(u"customerAddressLabel"_s);
    m_countryLabel->setObjectName(u"customerCountryLabel"_s);
    m_languageLabel->setObjectName(u"customerLanguageLabel"_s);
    m_tagsLabel->setObjectName(u"customerTagsLabel"_s);
    m_followUpsLabel->setObjectName(u"customerFollowUpsLabel"_s);
    m_editButton->setObjectName(u"editCardPushButton"_s);
    m_newButton->setObjectName(u"newCardPushButton"_s);
    m_mergeButton->setObjectName(u"mergeCardPushButton"_s);
    m_historyButton->setObjectName(u"cardHistoryPushButton"_s);
    m_editAction->setObjectName(u"editCardAction"_s);

    auto* view = new QWidget(m_pages);
    view->setObjectName(u"customerCardView"_s);
    // Captions above values in a box: Qt 6.4's QFormLayout writes out of bounds when wrapped rows hide.
    auto* form = new QVBoxLayout;
    form->setSpacing(2);
    for (const auto& [caption, value] : captionedValues()) { // room for Nastaliq ink past the advance
        caption->setContentsMargins(3, 0, 3, 0);
        form->addWidget(caption);
        form->addWidget(value);
    }
    // Two buttons a row: four side by side do not fit a narrow pane in Telugu or Urdu.
    auto* buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_editButton, 0, 0);
    buttons->addWidget(m_historyButton, 0, 1);
    buttons->addWidget(m_mergeButton, 1, 0);
    buttons->addWidget(m_newButton, 1, 1);
    auto* viewLayout = new QVBoxLayout(view);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(m_nameLabel);
    viewLayout->addLayout(form);
    viewLayout->addStretch();

    // Both pages in one box, the hidden one out of the layout: unlike a stacked widget, the box passes
    // on the shown page's height for its width, so wrapped lines (Nastaliq, long addresses) get room.
    m_viewPage = view;
    auto* pagesLayout = new QVBoxLayout(m_pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    // The card shown scrolls rather than squeeze its lines when a small screen leaves it little height.
    m_viewScroll = new WrappingScrollArea(view, m_pages);
    m_viewScroll->setObjectName(u"customerCardViewScrollArea"_s);
    // The buttons stay in sight below the lines that scroll.
    auto* viewBox = new QWidget(m_pages);
    auto* viewBoxLayout = new QVBoxLayout(viewBox);
    viewBoxLayout->setContentsMargins(0, 0, 0, 0);
    viewBoxLayout->addWidget(m_viewScroll, 1);
    viewBoxLayout->addLayout(buttons);
    m_viewBox = viewBox;
    pagesLayout->addWidget(viewBox);
    pagesLayout->addWidget(m_editor);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    showPage(view);

    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_editAction);
    connect(m_editAction, &QAction::triggered, this, &CustomerCard::startEdit);
    connect(m_editButton, &QPushButton::clicked, this, &CustomerCard::startEdit);
    connect(m_newButton, &QPushButton::clicked, this, &CustomerCard::startNewCard);
    connect(m_mergeButton, &QPushButton::clicked, this, &CustomerCard::openMerge);
    connect(m_historyButton, &QPushButton::clicked, this, &CustomerCard::openHistory);
    connect(m_editor, &CustomerCardEditor::saveRequested, this, &CustomerCard::save);
    connect(m_editor, &CustomerCardEditor::cancelRequested, this, &CustomerCard::cancel);

    retranslateUi();
    updateAlignment();
    updateActions();
}

CustomerCard::~CustomerCard() = default;

QLabel* CustomerCard::addValueLabel()
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void CustomerCard::setServices(ICustomerEditing* editing, ICustomerService* customers)
{
    m_editing = editing;
    m_customers = customers;
    updateActions();
    loadFollowUps();
}

void CustomerCard::setTeamRegion(const QString& region)
{
    m_teamRegion = region;
    updateValues();
}

bool CustomerCard::isEditing() const
{
    return !m_editor->isHidden();
}

void CustomerCard::setCustomer(const std::optional<Customer>& customer)
{
    const bool other = !customer || !m_customer || customer->id != m_customer->id;
    m_customer = customer;
    if (other)
        m_followUpsText.clear();
    updateValues();
    updateActions();
    loadFollowUps();
}

void CustomerCard::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    updateValues();
}

QString CustomerCard::headline() const
{
    return m_nameLabel->text();
}

QString CustomerCard::followUpsText() const
{
    return m_followUpsLabel->text();
}

void CustomerCard::startEdit()
{
    if (!m_editing || !m_customer || isEditing())
        return;
    m_editor->edit(*m_customer);
    showPage(m_editor);
    updateActions();
    m_editor->inputFor(CustomerField::GivenName)->setFocus(Qt::ShortcutFocusReason);
}

void CustomerCard::startNewCard()
{
    if (!m_editing || isEditing())
        return;
    m_editor->edit(Customer {});
    showPage(m_editor);
    updateActions();
    m_editor->inputFor(CustomerField::Salutation)->setFocus(Qt::OtherFocusReason);
}

void CustomerCard::save()
{
    if (!m_editing || m_editor->isBusy())
        return;
    const Customer typed = m_editor->value();
    if (const QList<CustomerValidation::Problem> problems = CustomerValidation::check(typed); !problems.isEmpty()) {
        m_editor->showError(problems.first().message, problems.first().field);
        return;
    }
    m_editor->showError({});
    m_editor->setBusy(true);
    auto done = [this](Result<Customer> stored) {
        m_editor->setBusy(false);
        if (!stored) {
            // Everything typed stays: the agent fixes it or tries again.
            m_editor->showError(stored.error().message);
            return;
        }
        m_customer = stored.value();
        closeEditor();
        updateValues();
        loadFollowUps();
        emit customerSaved(stored.value());
    };
    if (typed.id == 0)
        m_editing->create(typed, this, std::move(done));
    else
        m_editing->update(typed, this, std::move(done));
}

void CustomerCard::cancel()
{
    if (m_editor->isBusy())
        return;
    if (!m_editor->isDirty()) {
        closeEditor();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard changes"),
        tr("Discard the changes you typed on this card?"), QMessageBox::NoButton, this);
    box->setObjectName(u"discardCardChangesMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* discard = box->addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardChangesPushButton"_s);
    QPushButton* keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingPushButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton* button) {
        if (button == discard)
            closeEditor();
    });
    box->open();
}

void CustomerCard::showPage(QWidget* page)
{
    // The hidden page leaves the layout, so the card shown leaves the search results their room and
    // the editor takes it only while it is open.
    if (page == m_viewPage)
        page = m_viewBox;
    for (QWidget* each : {m_viewBox, static_cast<QWidget*>(m_editor)})
        each->setVisible(each == page);
    m_pages->updateGeometry();
}

void CustomerCard::closeEditor()
{
    const bool hadFocus = m_editor->isAncestorOf(focusWidget());
    showPage(m_viewPage);
    m_editor->showError({});
    updateActions();
    if (hadFocus && m_editButton->isEnabled())
        m_editButton->setFocus(Qt::OtherFocusReason);
}

void CustomerCard::openMerge()
{
    if (!m_editing || !m_customers || !m_customer || isEditing())
        return;
    auto* dialog = new MergeCustomersDialog(*m_customers, *m_editing, *m_customer, m_teamRegion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeCustomersDialog::merged, this, [this](const Customer& kept, qint64 mergedId) {
        m_customer = kept;
        updateValues();
        loadFollowUps();
        emit customersMerged(kept, mergedId);
    });
    dialog->open();
}

void CustomerCard::openHistory()
{
    if (!m_editing || !m_customer)
        return;
    auto* dialog = new CustomerAuditDialog(*m_editing, *m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomerCard::loadFollowUps()
{
    const int generation = ++m_followUpsRead;
    if (!m_editing || !m_customer || m_customer->id == 0)
        return;
    m_editing->loadFollowUps(m_customer->id, this, [this, generation](Result<CustomerFollowUps> result) {
        if (generation != m_followUpsRead)
            return; // another card since
        m_followUpsText = CustomerCardTexts::followUps(result);
        updateValues();
    });
}

void CustomerCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange)
        updateAlignment();
    QFrame::changeEvent(event);
}

QList<std::pair<QLabel*, QLabel*>> CustomerCard::captionedValues() const
{
    return { { m_phoneCaption, m_phoneLabel }, { m_otherPhonesCaption, m_otherPhonesLabel }, { m_emailCaption, m_emailLabel },
        { m_addressCaption, m_addressLabel }, { m_countryCaption, m_countryLabel }, { m_languageCaption, m_languageLabel },
        { m_tagsCaption, m_tagsLabel }, { m_followUpsCaption, m_followUpsLabel } };
}

void CustomerCard::showLine(QLabel* value, bool shown)
{
    for (const auto& [caption, each] : captionedValues()) {
        if (each == value) {
            caption->setVisible(shown);
            value->setVisible(shown);
        }
    }
}

void CustomerCard::updateAlignment()
{
    // Values start next to their captions whatever their own direction: QLabel would otherwise put
    // a Latin e-mail address at the far left of a right-to-left card.
    const Qt::Alignment side = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    m_nameLabel->setAlignment(Qt::AlignAbsolute | side | Qt::AlignVCenter);
    for (const auto& [caption, value] : captionedValues())
        value->setAlignment(Qt::AlignAbsolute | side | Qt::AlignVCenter);
}

void CustomerCard::updateActions()
{
    const bool services = m_editing != nullptr;
    const bool editing = isEditing();
    for (QPushButton* button : {m_editButton, m_newButton, m_mergeButton, m_historyButton})
        button->setVisible(services);
    m_editButton->setEnabled(services && m_customer && !editing);
    m_historyButton->setEnabled(services && m_customer && !editing);
    m_mergeButton->setEnabled(services && m_customers && m_customer && !editing);
    m_newButton->setEnabled(services && !editing);
    m_editAction->setEnabled(services && m_customer && !editing);
}

void CustomerCard::retranslateUi()
{
    //: Customer card caption
    m_phoneCaption->setText(tr("Phone:"));
    //: Customer card caption
    m_otherPhonesCaption->setText(tr("Other phones:"));
    //: Customer card caption
    m_emailCaption->setText(tr("E-mail:"));
    //: Customer card caption
    m_addressCaption->setText(tr("Address:"));
    //: Customer card caption
    m_countryCaption->setText(tr("Country:"));
    //: Customer card caption: the language the customer prefers to be served in
    m_languageCaption->setText(tr("Language:"));
    //: Customer card caption
    m_tagsCaption->setText(tr("Tags:"));
    //: Customer card caption: follow-ups not done yet
    m_followUpsCaption->setText(tr("Follow-ups:"));
    m_nameLabel->setAccessibleName(tr("Customer name"));
    m_phoneLabel->setAccessibleName(tr("Customer phone"));
    m_otherPhonesLabel->setAccessibleName(tr("Customer's other phones"));
    m_emailLabel->setAccessibleName(tr("Customer e-mail"));
    m_addressLabel->setAccessibleName(tr("Customer address"));
    m_countryLabel->setAccessibleName(tr("Customer's country"));
    m_languageLabel->setAccessibleName(tr("Customer's preferred language"));
    m_tagsLabel->setAccessibleName(tr("Customer tags"));
    m_followUpsLabel->setAccessibleName(tr("Open follow-ups"));
    //: Button on the customer card: edit it in place (F2)
    m_editButton->setText(tr("Edit")); // F2; the window has no letter left for it in every language
    m_editButton->setToolTip(tr("Edit this card (%1)").arg(m_editAction->shortcut().toString(QKeySequence::NativeText)));
    m_editButton->setAccessibleName(tr("Edit this card"));
    m_editAction->setText(tr("Edit card"));
    m_newButton->setText(tr("New card"));
    m_newButton->setAccessibleName(tr("Create a new customer card"));
    m_mergeButton->setText(tr("Merge…"));
    m_mergeButton->setAccessibleName(tr("Merge another card into this one"));
    m_historyButton->setText(tr("Card history"));
    m_historyButton->setAccessibleName(tr("History of this card"));
    setAccessibleName(tr("Customer card"));
    m_viewScroll->setAccessibleName(tr("Customer card"));
    updateValues();
}

QString CustomerCard::phoneShown(const QString& number) const
{
    return BidiText::leftToRight(PhoneFormat::forDisplay(number, m_customer ? m_customer->country : QString(), m_teamRegion));
}

void CustomerCard::updateValues()
{
    if (!m_customer) {
        m_nameLabel->setText(m_placeholder.isEmpty() ? tr("No customer selected") : m_placeholder);
        for (const auto& [caption, value] : captionedValues())
            value->clear();
        for (QLabel* value : {m_otherPhonesLabel, m_countryLabel, m_tagsLabel, m_followUpsLabel})
            showLine(value, false);
        return;
    }
    const Customer& c = *m_customer;
    m_nameLabel->setText(c.salutation.isEmpty() ? c.fullName() : tr("%1 %2", "salutation and full name").arg(c.salutation, c.fullName()));
    m_phoneLabel->setText(c.phone.isEmpty() ? QString() : phoneShown(c.phone));
    QStringList others;
    for (const QString& number : c.otherPhones)
        others << phoneShown(number);
    m_otherPhonesLabel->setText(others.join(u'\n'));
    m_emailLabel->setText(BidiText::leftToRight(c.email));
    m_addressLabel->setText(c.address);
    m_countryLabel->setText(c.country.isEmpty() ? QString() : CustomerCardTexts::country(c.country));
    m_languageLabel->setText(c.preferredLanguage.isEmpty() ? tr("Team default")
                                                           : LanguageSwitcher::nativeName(c.preferredLanguage));
    m_tagsLabel->setText(CustomerCardTexts::tags(c.tags));
    m_followUpsLabel->setText(m_followUpsText);
    showLine(m_otherPhonesLabel, !others.isEmpty());
    showLine(m_countryLabel, !c.country.isEmpty());
    showLine(m_tagsLabel, !c.tags.isEmpty());
    showLine(m_followUpsLabel, m_editing != nullptr);
}
