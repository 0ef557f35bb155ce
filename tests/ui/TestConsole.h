#pragma once

#include "config/Settings.h"
#include "services/AgentDirectory.h"
#include "services/CallSession.h"
#include "services/CustomerEditing.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/HistoryService.h"
#include "storage/DatabaseWorker.h"
#include "support/TestCallWrites.h"
#include "windows/AppContext.h"

#include <QCoreApplication>

#include <memory>

#include <gtest/gtest.h>

/// What main.cpp builds for the window, over a test's database: the read worker ("test-reads", its own
/// connection), the application services (writing on the writer of `writes`), the call session, and the
/// agent signed in.
class TestConsole final
{
public:
    TestConsole(Database& db, const DatabaseConfig& config, TestCallWrites& writes, const Clock& clock)
        : m_writes(writes.queue())
        , m_writer(writes.worker())
        , m_reads(config, QStringLiteral("test-reads"))
        , m_opened(m_reads.open())
        , customers(m_reads, writes.worker())
        , history(m_reads)
        , followUps(m_reads, writes.worker())
        , directory(db, m_reads)
        , session(writes.queue(), clock)
    {
    }

    bool isOpen() const { return m_opened.ok(); }
    DatabaseWorker& reads() { return m_reads; }

    /// The context main.cpp would hand to the window, with `agentName` signed in.
    AppContext context(const Clock& clock, Settings& settings, Languages& languages, const ScriptLibrary& scripts,
        const QString& agentName, const QString& companyName)
    {
        Result<Agent> agent = directory.signIn(agentName, settings.string(Settings::Key::AgentLogin));
        EXPECT_TRUE(agent.ok()) << (agent ? std::string() : agent.error().fullText().toStdString());
        cardEditing = std::make_unique<CustomerEditing>(m_reads, m_writer, clock, agent ? agent.value().id : 0);
        return AppContext {m_writes, session, customers, history, followUps, directory, clock, settings,
            languages, scripts, agent ? agent.value() : Agent {}, agentName, companyName,
            QStringLiteral("test.sqlite"), nullptr, nullptr, cardEditing.get()};
    }

    /// Lets every read and write asked for so far (and those their answers ask for) run and be delivered.
    void settle()
    {
        for (int round = 0; round < 8; ++round) {
            m_reads.waitForIdle();
            m_writer.waitForIdle();
            QCoreApplication::processEvents();
        }
    }

private:
    CallWriteQueue& m_writes;
    DatabaseWorker& m_writer;
    DatabaseWorker m_reads;
    Status m_opened;

public:
    CustomerService customers;
    HistoryService history;
    FollowUpService followUps;
    AgentDirectory directory;
    CallSession session;
    std::unique_ptr<CustomerEditing> cardEditing; ///< made by context(), for the agent signed in
};
