<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test data only: a tiny UI catalogue for a third language; the texts are marked placeholders. -->
<TS version="2.1" language="jv">
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start</source>
        <translation>[jv] Start</translation>
    </message>
</context>
<context>
    <name>GratificationPage</name>
    <message>
        <source>Continue</source>
        <translation>[jv] Continue</translation>
    </message>
    <message>
        <source>Integrity statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
