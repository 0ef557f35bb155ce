#pragma once

#include <QString>

class CallWriteQueue;
class Clock;
class Database;
class HoldNotifier;
class Languages;
class ScriptLibrary;
class Settings;

/// What the composition root hands to the main window. Everything referenced outlives the window.
struct AppContext
{
    Database& database;
    /// The ordered, journaled way every call write reaches the database.
    CallWriteQueue& callWrites;
    const Clock& clock;
    Settings& settings;
    Languages& languages;
    const ScriptLibrary& scripts;
    QString agentName;   ///< said in the greeting
    QString companyName; ///< said in the greeting and closing
    /// Hold warnings outside the window (desktop notification); null = none (tests use a fake).
    HoldNotifier* notifier = nullptr;
};
