#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// One line of a card's audit trail: who did what to the card, when, and the value before and after.
struct CustomerAuditEntry
{
    /// What happened to the card, as stored in customer_audit.action.
    enum class Action { Create, Edit, Merge };

    qint64 id = 0;
    qint64 customerId = 0;
    qint64 agentId = 0; ///< 0: unknown (a removed agent)
    QString agentName;  ///< read only: the agent's name when listed
    QDateTime changedUtc;
    Action action = Action::Edit;
    QString field; ///< CustomerFields::key(); empty for the card as a whole
    QString oldValue;
    QString newValue;
    qint64 otherCustomerId = 0; ///< the other card of a merge
    QString otherCustomerName;  ///< read only: the other card's full name when listed

    static QString actionKey(Action action);
    static Action actionFromKey(const QString& key);
};

/// The audit trail of customer cards (customer_audit). Writes happen inside the transaction of the
/// change they record (CustomerEditRepository, CustomerMergeRepository); values are free text, masked.
class CustomerAuditRepository final
{
public:
    explicit CustomerAuditRepository(Database& db);

    Status append(const CustomerAuditEntry& entry);
    /// The trail of `customerId`, newest first, at most `limit` lines, with agent and other card named.
    Result<QList<CustomerAuditEntry>> forCustomer(qint64 customerId, int limit);

private:
    Database& m_db;
};
