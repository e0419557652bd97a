<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiKeysDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the key.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the key.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleAnswer</name>
    <message numerus="yes">
        <source>Partial data with %n error(s) (%1)</source>
        <translation>
            <numerusform>Partial data with %n error (%1)</numerusform>
            <numerusform>Partial data with %n errors (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry answered with %n error(s) (%1)</source>
        <translation>
            <numerusform>The registry answered with %n error (%1)</numerusform>
            <numerusform>The registry answered with %n errors (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPmPackageFileChecker</name>
    <message numerus="yes">
        <source>This is too long: at most %n characters.</source>
        <translation>
            <numerusform>This is too long: at most %n character.</numerusform>
            <numerusform>This is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message numerus="yes">
        <source>Unpacked; %n entry(s) left out</source>
        <translation>
            <numerusform>Unpacked; %n entry left out</numerusform>
            <numerusform>Unpacked; %n entries left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message numerus="yes">
        <source>The registry is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>The registry is busy. Try again in %n second.</numerusform>
            <numerusform>The registry is busy. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreshnessNotice</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n field(s)</source>
        <translation>
            <numerusform>{…} %n field</numerusform>
            <numerusform>{…} %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n item</numerusform>
            <numerusform>[…] %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishCatalogPage</name>
    <message numerus="yes">
        <source>%n catalog(s) of yours.</source>
        <translation>
            <numerusform>%n catalog of yours.</numerusform>
            <numerusform>%n catalogs of yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatefulPage</name>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
