#pragma once

#include "domain/Agent.h"

#include <QString>

class AlertSound;
class CallSession;
class CallWriteQueue;
class Clock;
class HoldNotifier;
class IAgentDirectory;
class ICustomerEditing;
class ICustomerService;
class IFollowUpService;
class IHistoryService;
class ImportExportService;
class Languages;
class ScriptLibrary;
class Settings;

/// What the composition root (main.cpp) hands to the main window: the application services, the call
/// session and the agent signed in at start. The window builds no repository and no session itself.
/// Everything referenced outlives the window.
struct AppContext
{
    /// The ordered, journaled way every call write reaches the database.
    CallWriteQueue& callWrites;
    /// The call in progress (one per console).
    CallSession& session;
    ICustomerService& customers;
    IHistoryService& history;
    IFollowUpService& followUps;
    IAgentDirectory& directory;
    const Clock& clock;
    Settings& settings;
    Languages& languages;
    const ScriptLibrary& scripts;
    Agent agent;          ///< signed in at start (IAgentDirectory::signIn)
    QString agentName;    ///< said in the greeting
    QString companyName;  ///< said in the greeting and closing
    QString databaseName; ///< shown in the status bar (path or server)
    /// Hold warnings outside the window (desktop notification); null = none (tests use a fake).
    HoldNotifier* notifier = nullptr;
    /// The sound of a hold past a minute; null = none (tests use a fake).
    AlertSound* holdSound = nullptr;
    /// Creating, editing and merging cards with their audit trail; null = the card only shows.
    ICustomerEditing* cardEditing = nullptr;
    /// CSV import and export (File menu); null = not offered.
    ImportExportService* importExport = nullptr;
};
