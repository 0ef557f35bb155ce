<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="+195"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message numerus="yes">
        <location filename="../app/storage/SqlErrors.cpp" line="+140"/>
        <source>The database %1 is locked by another program and stayed locked for more than %n second(s). Close the other program or try again later.</source>
        <translation>
            <numerusform>The database %1 is locked by another program and stayed locked for more than %n second. Close the other program or try again later.</numerusform>
            <numerusform>The database %1 is locked by another program and stayed locked for more than %n seconds. Close the other program or try again later.</numerusform>
        </translation>
    </message>
</context>
</TS>
