#include "dialogs/CustomerAuditDialog.h"

#include "i18n/BidiText.h"
#include "panels/CustomerFieldNames.h"
#include "platform/DialogWindow.h"
#include "services/CustomerEditing.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString shownValue(const QString& value)
{
    // Lists are stored one item per line; a line of the trail shows them side by side.
    return value.split(u'\n', Qt::SkipEmptyParts).join(u"; "_s);
}

QString whatHappened(const CustomerAuditEntry& e)
{
    switch (e.action) {
    case CustomerAuditEntry::Action::Create:
        return CustomerAuditDialog::tr("Card created");
    case CustomerAuditEntry::Action::Merge:
        if (!e.field.isEmpty())
            //: A field changed by a merge: %1 is the field's name
            return CustomerAuditDialog::tr("%1 (merge)").arg(CustomerFieldNames::nameOfKey(e.field));
        if (e.otherCustomerName.isEmpty())
            return CustomerAuditDialog::tr("Merged with another card");
        //: %1 is the other card's customer name
        return CustomerAuditDialog::tr("Merged with %1").arg(BidiText::isolated(e.otherCustomerName));
    case CustomerAuditEntry::Action::Edit:
        break;
    }
    return CustomerFieldNames::nameOfKey(e.field);
}

} // namespace

CustomerAuditDialog::CustomerAuditDialog(ICustomerEditing& editing, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_view(new QTreeWidget(this))
    , m_statusLabel(new QLabel(this))
{
    DialogWindow::setUp(this);
    setObjectName(u"customerAuditDialog"_s);
    //: Dialog title: %1 is the customer's name
    setWindowTitle(tr("History of the card of %1").arg(BidiText::isolated(customer.fullName())));
    m_view->setObjectName(u"auditTreeWidget"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_view->setAccessibleName(tr("Changes to this card, newest first"));
    m_view->header()->setStretchLastSection(true);
    m_statusLabel->setObjectName(u"auditStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setText(tr("Loading…"));
    m_view->setAccessibleDescription(m_statusLabel->text());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"auditButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    editing.loadAudit(customer.id, this, [this](Result<QList<CustomerAuditEntry>> result) {
        m_loading = false;
        if (!result) {
            m_statusLabel->setText(result.error().message);
            m_view->setAccessibleDescription(m_statusLabel->text());
            return;
        }
        const QLocale locale;
        for (const CustomerAuditEntry& e : result.value()) {
            auto* item = new QTreeWidgetItem(m_view);
            item->setText(0, BidiText::dateTime(e.changedUtc.toLocalTime(), locale, QLocale::ShortFormat));
            item->setText(1, e.agentName.isEmpty() ? tr("Unknown agent") : e.agentName);
            item->setText(2, whatHappened(e));
            item->setText(3, shownValue(e.oldValue));
            item->setText(4, shownValue(e.newValue));
        }
        m_statusLabel->setText(result.value().isEmpty() ? tr("No changes recorded for this card.")
                                                        : tr("%n change(s), newest first.", nullptr,
                                                              static_cast<int>(result.value().size())));
        m_view->setAccessibleDescription(m_statusLabel->text());
        for (int column = 0; column < 3; ++column)
            m_view->resizeColumnToContents(column);
        if (m_view->topLevelItemCount() > 0)
            m_view->setCurrentItem(m_view->topLevelItem(0));
    });
}

CustomerAuditDialog::~CustomerAuditDialog() = default;
