<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallBar</name>
    <message numerus="yes">
        <location filename="../ui/panels/CallBar.cpp" line="+200"/>
        <source>Hold total %1, longest %2 (%n hold(s))</source>
        <translation>
            <numerusform>Hold total %1, longest %2 (%n hold)</numerusform>
            <numerusform>Hold total %1, longest %2 (%n holds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message numerus="yes">
        <location filename="../ui/windows/CallIntake.cpp" line="+220"/>
        <source>%n older interrupted call(s) were closed as abandoned.</source>
        <translation>
            <numerusform>%n older interrupted call was closed as abandoned.</numerusform>
            <numerusform>%n older interrupted calls were closed as abandoned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message numerus="yes">
        <location filename="../app/services/CallHistory.cpp" line="+127"/>
        <source>Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).</source>
        <translation>
            <numerusform>Talk time %1; on hold %2 in total, the longest %3 (%n hold).</numerusform>
            <numerusform>Talk time %1; on hold %2 in total, the longest %3 (%n holds).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMasker</name>
    <message numerus="yes">
        <location filename="../app/domain/CardMasker.cpp" line="+161"/>
        <source>%1 card numbers are longer: %n digit(s) entered so far.</source>
        <translation>
            <numerusform>%1 card numbers are longer: %n digit entered so far.</numerusform>
            <numerusform>%1 card numbers are longer: %n digits entered so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerAuditDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/CustomerAuditDialog.cpp" line="+94"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCardTexts</name>
    <message numerus="yes">
        <location filename="../ui/panels/CustomerCardTexts.cpp" line="+34"/>
        <source>%n open, next due %1</source>
        <extracomment>%n open follow-ups; %1 when the next one is due</extracomment>
        <translation>
            <numerusform>%n open, next due %1</numerusform>
            <numerusform>%n open, next due %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open, next due %1: %2</source>
        <extracomment>%n open follow-ups; %1 when the next one is due, %2 why</extracomment>
        <translation>
            <numerusform>%n open, next due %1: %2</numerusform>
            <numerusform>%n open, next due %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearchPane</name>
    <message numerus="yes">
        <location filename="../ui/panels/CustomerSearchPane.cpp" line="+355"/>
        <source>%n or more customers match; choose one.</source>
        <comment>the card when a search finds many</comment>
        <translation>
            <numerusform>%n or more customers match; choose one.</numerusform>
            <numerusform>%n or more customers match; choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) match; choose one.</source>
        <comment>the card when a search finds several</comment>
        <translation>
            <numerusform>%n customer matches; choose one.</numerusform>
            <numerusform>%n customers match; choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../ui/platform/ImportCommand.cpp" line="+170"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n customer imported.</numerusform>
            <numerusform>%n customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: %n customer(s) would be imported; nothing was stored.</source>
        <translation>
            <numerusform>Dry run: %n customer would be imported; nothing was stored.</numerusform>
            <numerusform>Dry run: %n customers would be imported; nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %n row(s) were refused and --all-or-nothing was given.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was refused and --all-or-nothing was given.</numerusform>
            <numerusform>Nothing was imported: %n rows were refused and --all-or-nothing was given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n row refused.</numerusform>
            <numerusform>%n rows refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+256"/>
        <source>%n customer(s) ready to import.</source>
        <translation>
            <numerusform>%n customer ready to import.</numerusform>
            <numerusform>%n customers ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%n duplicate will be skipped.</numerusform>
            <numerusform>%n duplicates will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n row cannot be imported.</numerusform>
            <numerusform>%n rows cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Nothing was imported: %n row(s) cannot be imported, and you chose to import nothing then.</source>
        <translation>
            <numerusform>Nothing was imported: %n row cannot be imported, and you chose to import nothing then.</numerusform>
            <numerusform>Nothing was imported: %n rows cannot be imported, and you chose to import nothing then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n customer imported.</numerusform>
            <numerusform>%n customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n row not imported.</numerusform>
            <numerusform>%n rows not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message numerus="yes">
        <location filename="../ui/windows/ImportExportFlow.cpp" line="+50"/>
        <source>%n history entry(s) saved to %1.</source>
        <translation>
            <numerusform>%n history entry saved to %1.</numerusform>
            <numerusform>%n history entries saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) saved to %1.</source>
        <translation>
            <numerusform>%n customer saved to %1.</numerusform>
            <numerusform>%n customers saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="+423"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n change(s) of the call could not be saved to the database yet. They are kept on this computer and saved the next time Cordial starts.</source>
        <translation>
            <numerusform>%n change of the call could not be saved to the database yet. It is kept on this computer and saved the next time Cordial starts.</numerusform>
            <numerusform>%n changes of the call could not be saved to the database yet. They are kept on this computer and saved the next time Cordial starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveBacklogBanner</name>
    <message numerus="yes">
        <location filename="../ui/panels/SaveBacklogBanner.cpp" line="+77"/>
        <source>%n change(s) of the call are not saved yet: the database cannot take them now. They are kept in order on this computer and saved as soon as it can; nothing you typed is lost.</source>
        <translation>
            <numerusform>%n change of the call is not saved yet: the database cannot take it now. It is kept on this computer and saved as soon as it can; nothing you typed is lost.</numerusform>
            <numerusform>%n changes of the call are not saved yet: the database cannot take them now. They are kept in order on this computer and saved as soon as it can; nothing you typed is lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message numerus="yes">
        <location filename="../app/storage/SqlErrors.cpp" line="+166"/>
        <source>The database %1 is locked by another program and stayed locked for more than %n second(s). Close the other program or try again later.</source>
        <translation>
            <numerusform>The database %1 is locked by another program and stayed locked for more than %n second. Close the other program or try again later.</numerusform>
            <numerusform>The database %1 is locked by another program and stayed locked for more than %n seconds. Close the other program or try again later.</numerusform>
        </translation>
    </message>
</context>
</TS>
