// Composition root: builds the core objects, injects them into the main window and runs it.

#include "common/Log.h"
#include "common/SystemClock.h"
#include "config/Settings.h"
#include "domain/CardDataGuard.h"
#include "domain/PhoneKeys.h"
#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "integration/InstanceChannel.h"
#include "platform/ChimeSound.h"
#include "platform/CommandLine.h"
#include "platform/DatabaseOpener.h"
#include "platform/DesktopNotifier.h"
#include "platform/LanguageSwitcher.h"
#include "secrets/KeychainSecretStore.h"
#include "services/AgentDirectory.h"
#include "services/CallSession.h"
#include "services/CallWriteQueue.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/HistoryService.h"
#include "services/ScriptLibrary.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/QueryWatch.h"
#include "demo/DemoData.h"
#include "dialogs/ErrorDialog.h"
#include "windows/AppContext.h"
#include "windows/CallIntake.h"
#include "windows/MainWindow.h"
#ifdef CORDIAL_TEST_HOOKS
#include "support/TestHooks.h" // only in cordial_test_program, never in the shipped program
#endif

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit code for "could not open the data": never continue on an empty or wrong database.
constexpr int ExitDatabaseError = 2;
// Exit code when another instance holds the single-instance lock but does not take our request.
constexpr int ExitInstanceBusy = 3;
constexpr int InstanceTimeoutMs = 3000;
// Exit code when there is no graphical display to show the window on.
constexpr int ExitNoDisplay = 4;
// Exit code when the running instance works with another database or language than a launch asked for.
constexpr int ExitInstanceMismatch = 5;

// Translation context for the few messages main() shows itself.
class Startup final
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    static void setIdentity()
    {
        QCoreApplication::setOrganizationName(u"Cordial"_s);
        QCoreApplication::setOrganizationDomain(u"cordial.org"_s);
        QCoreApplication::setApplicationName(u"cordial"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(CORDIAL_VERSION));
    }

    /// --help and --version print text and exit: they must work over ssh or in a script too.
    static bool onlyPrints(int argc, char* argv[])
    {
        for (int i = 1; i < argc; ++i) {
            const QByteArrayView arg(argv[i]);
            if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
                return true;
        }
        return false;
    }

    /// On X11/Wayland systems without either, QApplication would abort; say so plainly instead.
    static bool displayMissing()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
        return false;
#endif
    }

    /// Answers --help/--version, or explains the missing display, with a core application only.
    static int runWithoutDisplay(int argc, char* argv[])
    {
        QCoreApplication core(argc, argv);
        setIdentity();
        const Settings settings;
        Languages languages;
        languages.install(chooseLanguage(CommandLine::peekLanguage(QCoreApplication::arguments()), settings));
        if (onlyPrints(argc, argv)) {
            CommandLine::parse(QCoreApplication::arguments()); // prints and exits
            return 0;
        }
        printError(tr("No graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start "
                      "Cordial from a desktop session."));
        return ExitNoDisplay;
    }

    static bool hasDisplay()
    {
        const QString platform = QGuiApplication::platformName();
        return platform != u"offscreen"_s && platform != u"minimal"_s;
    }

    static void printError(const QString& text)
    {
        std::fprintf(stderr, "cordial: %s\n", qUtf8Printable(text));
    }

    static int fail(const Error& error)
    {
        printError(error.fullText());
        // The dialog says what happened in a sentence; the driver's own text waits behind "Show Details...".
        if (hasDisplay())
            ErrorDialog::exec(nullptr, tr("Cordial cannot start"), error);
        return ExitDatabaseError;
    }

    static QString chooseLanguage(const QString& requested, const Settings& settings)
    {
        if (!requested.isEmpty())
            return requested;
        const QString saved = settings.string(Settings::Key::UiLanguage);
        return saved.isEmpty() ? Languages::systemDefault() : saved;
    }

    static QString agentName(const QString& requested, const Settings& settings)
    {
        if (!requested.isEmpty())
            return requested;
        const QString saved = settings.string(Settings::Key::AgentName);
        // The demo agent of the verbiage guide (V1) until the agent sets their own name.
        return saved.isEmpty() ? u"Jonathan"_s : saved;
    }

    static QString companyName(const ScriptLibrary& scripts, const Settings& settings)
    {
        const QString custom = scripts.companyOverride();
        if (!custom.isEmpty())
            return custom;
        const QString saved = settings.string(Settings::Key::CompanyName);
        return saved.isEmpty() ? u"Cordial Demo Company"_s : saved;
    }

    /// "cordial migrate": brings the database's tables to this version and exits, without a window.
    static int runMigrate(int argc, char* argv[])
    {
        QCoreApplication core(argc, argv);
        setIdentity();
        Settings settings;
        PhoneKeys::setDefaultRegion(settings.string(Settings::Key::SearchDefaultRegion));
        Languages languages;
        languages.install(chooseLanguage(CommandLine::peekLanguage(QCoreApplication::arguments()), settings));
        const MigrateOptions options = CommandLine::parseMigrate(QCoreApplication::arguments());

        KeychainSecretStore secrets;
        DatabaseOpener opener(settings, secrets);
        const Result<DatabaseOpener::Migrated> migrated = opener.migrate(options.databaseSpec);
        if (!migrated) {
            printError(migrated.error().fullText());
            return ExitDatabaseError;
        }
        const DatabaseOpener::Migrated& done = migrated.value();
        const QString database = BidiText::leftToRight(done.name);
        const QString text = done.from == done.to
            ? tr("The database %1 is already at schema version %2; nothing to do.").arg(database).arg(done.to)
            : tr("The database %1 was updated from schema version %2 to %3.")
                  .arg(database, QString::number(done.from), QString::number(done.to));
        std::fprintf(stdout, "%s\n", qUtf8Printable(text));
        return 0;
    }

    /// The database a launch names, as the running instance names its own; empty when none is named.
    static QString namedDatabase(const QString& spec)
    {
        if (spec.isEmpty())
            return {};
        const Result<DatabaseConfig> parsed = DatabaseConfig::parse(spec);
        return parsed ? parsed.value().displayName() : spec;
    }

    static bool sameDatabase(const QString& asked, const QString& running)
    {
        if (asked.isEmpty() || asked == running)
            return true;
        const QString canonical = QFileInfo(asked).canonicalFilePath();
        return !canonical.isEmpty() && canonical == QFileInfo(running).canonicalFilePath();
    }

    /// The running instance's answer to a second launch: it takes the arguments unless the launch named
    /// another database or language than the ones it runs with.
    static InstanceChannel::Answer admit(
        const InstanceChannel::HandOver& request, const QString& database, const Languages& languages)
    {
        const bool sameLanguage = request.language.isEmpty() || request.language == languages.current();
        return {sameDatabase(request.database, database) && sameLanguage, database, languages.current()};
    }

    /// A second launch the running instance refused: says why, on stderr and (with a display) in a box.
    static int refusedHandOver(const InstanceChannel::HandOver& request, const InstanceChannel::Answer& answer)
    {
        QStringList lines;
        if (!sameDatabase(request.database, answer.database)) {
            lines << tr("Cordial is already running with the database %1, not %2. Close it first to work with "
                        "another database.")
                         .arg(BidiText::leftToRight(answer.database), BidiText::leftToRight(request.database));
        }
        if (!request.language.isEmpty() && request.language != answer.language) {
            lines << tr("Cordial is already running in %1, not in %2. Change the language in its View menu, or "
                        "close it first.")
                         .arg(LanguageSwitcher::nativeName(answer.language), LanguageSwitcher::nativeName(request.language));
        }
        if (lines.isEmpty()) // refused for a reason this version does not know
            lines << tr("The running Cordial did not take this request.");
        const QString text = lines.join(u'\n');
        printError(text);
        if (hasDisplay())
            QMessageBox::warning(nullptr, tr("Cordial is already running"), text);
        return ExitInstanceMismatch;
    }

    static bool askForDemoData()
    {
        if (!hasDisplay())
            return false;
        return QMessageBox::question(nullptr, tr("Empty database"),
                                     tr("The database has no customers yet. Add demo customers and history "
                                        "to try Cordial?"))
            == QMessageBox::Yes;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    CardDataGuard::installLogFilter(); // no log line holds a card number, whoever writes it
    if (argc > 1 && QByteArrayView(argv[1]) == "migrate")
        return Startup::runMigrate(argc, argv);
    if (Startup::onlyPrints(argc, argv) || Startup::displayMissing())
        return Startup::runWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    Startup::setIdentity();
    QApplication::setApplicationDisplayName(u"Cordial"_s);
    QApplication::setDesktopFileName(u"org.cordial.Cordial"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.cordial.Cordial"_s, QIcon(u":/icons/org.cordial.Cordial.svg"_s)));

    Settings settings;
    // Phone numbers typed without a country code are read for this region (search keys, screen pop).
    PhoneKeys::setDefaultRegion(settings.string(Settings::Key::SearchDefaultRegion));
    Languages languages;
    const QString language = Startup::chooseLanguage(CommandLine::peekLanguage(QApplication::arguments()), settings);
    if (!LanguageSwitcher::apply(languages, language)) {
        Startup::printError(Startup::tr("The language “%1” is not available; continuing in English.")
                                .arg(BidiText::leftToRight(language)));
    }
    const CommandLineOptions options = CommandLine::parse(QApplication::arguments());

    // One Cordial per user: a second launch ("cordial tel:+91…") hands its arguments to the first
    // and exits. CORDIAL_INSTANCE_NAME gives tests their own channel.
    const QString instanceName = qEnvironmentVariable("CORDIAL_INSTANCE_NAME");
    InstanceChannel instance(instanceName.isEmpty() ? InstanceChannel::defaultServerName() : instanceName);
    if (!instance.listen()) {
        const InstanceChannel::HandOver request {QApplication::arguments().mid(1),
            Startup::namedDatabase(options.databaseSpec), options.language.isEmpty() ? QString() : languages.current()};
        const std::optional<InstanceChannel::Answer> answer
            = InstanceChannel::handOver(instance.serverName(), request, InstanceTimeoutMs);
        if (answer && answer->accepted)
            return 0;
        if (answer)
            return Startup::refusedHandOver(request, *answer);
        Startup::printError(Startup::tr("Cordial is already running but did not answer. Close it or wait a "
                                        "moment, then try again."));
        return ExitInstanceBusy;
    }

    const SystemClock clock;
    KeychainSecretStore secrets;
    DatabaseOpener opener(settings, secrets);
    Result<std::unique_ptr<Database>> opened = opener.open(options.databaseSpec);
    if (!opened)
        return Startup::fail(opened.error());
    const std::unique_ptr<Database> database = opened.take();
    for (const QString& warning : opener.warnings())
        Startup::printError(warning);

    CustomerRepository customers(*database);
    const Result<qint64> count = customers.countUpTo(1);
    if (!count)
        return Startup::fail(count.error());
    // A shared (PostgreSQL) database is a team's: demo customers go there only when asked for by --demo.
    // Asked only of an empty file, and not when --demo already said yes.
    if (count.value() == 0 && (options.demo || (!database->isPostgres() && Startup::askForDemoData()))) {
        const Result<bool> filled = DemoData::populateIfEmpty(*database, clock);
        if (!filled)
            return Startup::fail(filled.error());
    }

    // Call writes leave the GUI thread through one ordered, journaled queue on a connection of its own;
    // what a previous run could not store is written first.
    DatabaseWorker writer(database->config(), u"cordial-writer"_s);
    if (const Status status = writer.open(); !status)
        return Startup::fail(status.error());
    CallWriteQueue callWrites(writer, CallWriteQueue::journalPathFor(database->config()));
    callWrites.replayJournal();

    // Searches, list and history pages, the follow-ups pane and counts run on a connection of their
    // own: the window never waits on the database for them.
    DatabaseWorker reads(database->config(), u"cordial-reads"_s);
    if (const Status status = reads.open(); !status)
        return Startup::fail(status.error());
    // Look-ups and lists on the read worker; new cards and follow-ups marked done on the writer's
    // connection, behind the call writes queued before them.
    CustomerService customerService(reads, writer);
    HistoryService history(reads);
    FollowUpService followUps(reads, writer);
    AgentDirectory directory(*database, reads);

    // The agent at this console: by the login in the settings, else by name; created on first use so
    // calls and follow-ups have an owner. Without one, nothing the agent does could be stored.
    const QString agentName = Startup::agentName(options.agentName, settings);
    Result<Agent> agent = directory.signIn(agentName, settings.string(Settings::Key::AgentLogin));
    if (!agent)
        return Startup::fail(agent.error());

    CallSession session(callWrites, clock);
    const ScriptLibrary scripts;
    DesktopNotifier notifier;
    ChimeSound holdSound;
    const AppContext context{callWrites,
                             session,
                             customerService,
                             history,
                             followUps,
                             directory,
                             clock,
                             settings,
                             languages,
                             scripts,
                             agent.take(),
                             agentName,
                             Startup::companyName(scripts, settings),
                             database->config().displayName(),
                             &notifier,
                             &holdSound};
    // From here on the GUI thread never waits on the database: a query there is logged (QueryWatch).
    QueryWatch::forbid(QThread::currentThread());
    MainWindow window(context);
    instance.setGate([&languages, running = database->config().displayName()](const InstanceChannel::HandOver& request) {
        return Startup::admit(request, running, languages);
    });
    QObject::connect(&instance, &InstanceChannel::requestReceived, window.intake(), &CallIntake::handleArguments);
    // After the window is up: first a call a crash interrupted (F20), then what the command line asked.
    if (!options.callRequests.isEmpty()) {
        QObject::connect(window.intake(), &CallIntake::recoveryFinished, &window,
            [&window, requests = options.callRequests] { window.intake()->handleArguments(requests); },
            Qt::SingleShotConnection);
    }
    QTimer::singleShot(0, &window, [&window] { window.intake()->offerRecovery(); });
#ifdef CORDIAL_TEST_HOOKS
    TestHooks::install(window);
#endif
    window.show();
    return QApplication::exec();
}
