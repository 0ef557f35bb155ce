#pragma once

#include "domain/Customer.h"
#include "domain/Note.h"
#include "services/FollowUpService.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class Clock;
class IFollowUpService;
class QLabel;
class QPushButton;
class QTableWidget;

/// The agent's open follow-ups, oldest due first so overdue ones lead and say so in words (F9, V5):
/// mark one done, or export it to the agent's own calendar as an .ics file.
class FollowUpsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpsPane)

public:
    enum Column {
        DueColumn,
        CustomerColumn,
        ReasonColumn,
        ColumnCount,
    };

    /// At most this many follow-ups are listed; the summary says when there are more.
    static constexpr int Limit = 200;

    /// Asked for the path to save an export to, given the suggested one; an empty answer cancels.
    using FileChooser = std::function<QString(const QString& suggestedPath)>;

    /// `followUps` and `clock` must outlive the pane.
    FollowUpsPane(IFollowUpService& followUps, const Clock& clock, QWidget* parent = nullptr);
    ~FollowUpsPane() override;

    /// Lists the follow-ups owned by `agentId` (0 = nobody, an empty list).
    void setOwner(qint64 agentId);
    /// The owner's name and organisation written into exported calendar entries (optional).
    void setCalendarDetails(const QString& ownerName, const QString& organisation);
    /// How exported calendar entries name the customer ("Follow-up: లక్ష్మి గారు"): the interface's naming
    /// (CustomerNaming); unset = the full name.
    void setCustomerNaming(std::function<QString(const Customer&)> nameOf) { m_nameOf = std::move(nameOf); }
    /// Replaces the save dialog (tests, or a caller with its own dialog).
    void setFileChooser(FileChooser chooser);

    /// Reads the list again (on the read worker: the rows change when it arrives, followUpsChanged) and
    /// re-marks what has become overdue since. A reload asked for before the last one arrived wins.
    void reload();
    /// A reload was asked for and has not arrived yet.
    bool isLoading() const { return m_loading; }

    const QList<FollowUp>& followUps() const { return m_rows; }
    int overdueCount() const { return m_overdue; }
    QTableWidget* view() const { return m_view; }

    /// A follow-up is being marked done and the database has not answered yet.
    bool isMarkingDone() const { return m_markingId != 0; }

public Q_SLOTS:
    /// Marks the selected follow-up done (on the writer's connection); its row goes once that is stored
    /// and the list is read again, and stays, with the reason shown, when it could not be.
    void markSelectedDone();
    void exportSelected();

Q_SIGNALS:
    /// The list changed: how many are open and how many of those are overdue.
    void followUpsChanged(int count, int overdue);
    /// The list could not be read; `message` is translated.
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Shows m_rows, keeping `selectedId` selected when it is still there.
    void fillTable(qint64 selectedId);
    void updateButtons();
    void showStatus(const QString& message, bool problem);
    int selectedRow() const;
    void showLoaded(Result<QList<DueFollowUp>> due, qint64 selectedId);

    IFollowUpService& m_followUps;
    const Clock& m_clock;
    FileChooser m_fileChooser;
    qint64 m_ownerId = 0;
    QString m_ownerName;
    QString m_organisation;
    std::function<QString(const Customer&)> m_nameOf;
    QList<FollowUp> m_rows;
    QHash<qint64, Customer> m_customerById; ///< the customers of m_rows, read with them
    int m_overdue = 0;
    quint64 m_generation = 0; ///< of the last reload asked for; older answers are dropped
    bool m_loading = false;
    int m_rowAfterLoad = -1; ///< the row to select (and focus) when the reload after "Mark done" arrives
    qint64 m_markingId = 0;  ///< the follow-up being marked done (stored yet or not): one at a time

    QLabel* m_titleLabel;
    QLabel* m_summaryLabel;
    QTableWidget* m_view;
    QPushButton* m_doneButton;
    QPushButton* m_exportButton;
    QLabel* m_statusLabel;
};
