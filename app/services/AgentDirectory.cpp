#include "services/AgentDirectory.h"

#include "i18n/BidiText.h"
#include "storage/DatabaseWorker.h"

using namespace Qt::StringLiterals;

IAgentDirectory::~IAgentDirectory() = default;

AgentDirectory::AgentDirectory(Database& db, DatabaseWorker& reads)
    : m_repository(db)
    , m_reads(reads)
{
}

QString AgentDirectory::loginFor(const QString& name)
{
    return name.simplified().toLower().replace(u' ', u'.');
}

Result<Agent> AgentDirectory::signIn(const QString& name, const QString& login)
{
    const QString effective = login.isEmpty() ? loginFor(name) : login;
    const auto refused = [&name](const Error& error) {
        return Error {error.code,
            tr("Cordial could not sign you in as %1: %2").arg(BidiText::isolated(name), error.message), error.detail};
    };
    Result<std::optional<Agent>> found = m_repository.findByLogin(effective);
    if (!found)
        return refused(found.error());
    if (found.value())
        return *found.value();
    Agent fresh {0, name, effective, u"agent"_s, {}};
    const Result<qint64> id = m_repository.insert(fresh);
    if (!id)
        return refused(id.error());
    fresh.id = id.value();
    return fresh;
}

void AgentDirectory::agents(QObject* receiver, AgentsDone done)
{
    m_reads.post<Result<QList<Agent>>>(
        [](Database& db) { return AgentRepository(db).all(); }, receiver, std::move(done));
}

void AgentDirectory::transferTargets(QObject* receiver, TargetsDone done)
{
    m_reads.post<Result<QList<TransferTarget>>>(
        [](Database& db) { return AgentRepository(db).transferTargets(); }, receiver, std::move(done));
}
