#pragma once

#include "domain/Customer.h"

#include <QDialog>

class ICustomerEditing;
class QLabel;
class QTreeWidget;

/// "History of this card": who changed what on the card, when, from which value to which, newest first,
/// in the reader's language. Read off the GUI thread; says "Loading…" until the lines arrive.
class CustomerAuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerAuditDialog)

public:
    /// `editing` outlives the dialog.
    CustomerAuditDialog(ICustomerEditing& editing, const Customer& customer, QWidget* parent = nullptr);
    ~CustomerAuditDialog() override;

    QTreeWidget* view() const { return m_view; }
    /// True until the trail has arrived (or could not be read).
    bool isLoading() const { return m_loading; }

private:
    QTreeWidget* m_view;
    QLabel* m_statusLabel;
    bool m_loading = true;
};
