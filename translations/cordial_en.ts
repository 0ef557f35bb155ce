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
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="+376"/>
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
