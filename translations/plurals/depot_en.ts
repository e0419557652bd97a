<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only (the source texts are English): lupdate -pluralonly keeps this file in step;
     tests/translations checks that every %n text of the sources is here. -->
<TS version="2.1" language="en">
<context>
    <name>ApiKeysDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the key.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the key.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the key.</numerusform>
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
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
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
</TS>
