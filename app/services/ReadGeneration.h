#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

/// The generation of an asynchronous read (STYLE §4, DB4S's m_lifeCounter): each new query advances
/// it, so a page of an older query, when it arrives, is recognised and ignored, and a read still
/// queued on the worker when a newer one was asked for is skipped without touching the database.
class ReadGeneration final
{
public:
    /// What a read carries to the worker and back: its generation and the owner's latest one.
    struct Tag
    {
        std::shared_ptr<const std::atomic<quint64>> latest;
        quint64 generation = 0;

        /// A newer read was asked for since this one (or the owner is gone).
        bool stale() const { return !latest || latest->load() != generation; }
    };

    ReadGeneration() = default;
    ReadGeneration(const ReadGeneration&) = delete;
    ReadGeneration& operator=(const ReadGeneration&) = delete;

    /// A new query: every read tagged before is stale from now on.
    Tag advance() { return {m_latest, m_latest->fetch_add(1) + 1}; }
    /// The tag of the current query (a further page of it).
    Tag current() const { return {m_latest, m_latest->load()}; }
    bool isCurrent(quint64 generation) const { return m_latest->load() == generation; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};
