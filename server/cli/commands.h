#pragma once

#include "db/database.h"
#include "options.h"
#include "protocol/unitsettings.h"

#include <QStringList>

namespace suara::server::cli {

// Exit codes of every subcommand.
enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2, kDatabaseTooNew = 3 };

// suara-server COMMAND [options]: parses, opens and migrates the database, runs the command.
int run(const QStringList &arguments);
[[nodiscard]] QString usage();

// The subcommands, each given its parsed options and a migrated database.
int serve(const Options &options, Database &database);
int adminCommand(const QString &command, const Options &options, Database &database);
// The unit tree (unitcommands.cpp).
int moveUnit(const Options &options, Sql &sql);
int listUnits(const Options &options, Sql &sql);
// Demo data (seeddemo.cpp).
int seedDemo(const Options &options, Sql &sql);
// The working-day calendar (holidaycommands.cpp).
int importHolidays(const Options &options, Sql &sql);
int printHolidays(const Options &options, Sql &sql);
// Field mode: regions and officers (fieldcommands.cpp).
int importRegions(const Options &options, Sql &sql);
int addOfficer(const Options &options, Sql &sql);
int listOfficers(const Options &options, Sql &sql);
int removeOfficer(const Options &options, Sql &sql);
// unit-settings' field options (--device-mode, --officer-lock, --offline-warning, --allow-location,
// --regions) into `update`; whether any was given.
bool applyFieldOptions(const Options &options, protocol::SettingsUpdate *update);

// The option's trimmed value; invalid_field "--NAME is required" when it is missing or empty.
[[nodiscard]] QString required(const Options &options, const QString &name);
// From the terminal without echo, or the first line of a pipe.
[[nodiscard]] QString readPassword(const char *prompt = "password: ");

} // namespace suara::server::cli
