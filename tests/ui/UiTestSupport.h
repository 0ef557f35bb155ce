#pragma once

#include <QStringList>

#include <utility>

#include "domain/Customer.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
class PagedTableModel;

/// Small helpers shared by the UI tests.
namespace UiTestSupport {

/// Writes a minimal phone script for `language` into `<dir>/<language>/phone.json`, with an
/// apology line, so ScriptLibrary(dir) serves it whatever the built-in scripts say.
void writePhoneScript(const QString& dir, const QString& language);

/// Inserts `count` customers with Telugu, Hindi, Urdu and Catalan names; family names cycle
/// through a short list so searches match a known share. Returns false on a storage error.
bool addCustomers(Database& db, int count);

/// Runs the event loop until `model` has no page on its way (they come from a read worker); false if
/// one never came.
bool waitUntilLoaded(const PagedTableModel& model);
/// Loads every page of `model`, one after the other, as a view scrolling to the end would.
bool fetchAll(PagedTableModel& model);

/// Runs `program` with `arguments` and no display at all (no DISPLAY, WAYLAND_DISPLAY or
/// QT_QPA_PLATFORM), in a throwaway HOME, with `extraEnvironment` ("NAME=value") added. Returns the
/// exit code (-1 when it crashed or did not finish within 30 s) and its stdout and stderr together.
std::pair<int, QString> runWithoutDisplay(const QString& program, const QStringList& arguments,
                                          const QStringList& extraEnvironment = {});

/// Runs QAbstractItemModelTester over `model` and returns the problems it reported (empty = fine).
class ModelCheck
{
public:
    explicit ModelCheck(QAbstractItemModel* model);
    ~ModelCheck();
    QStringList problems() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace UiTestSupport
