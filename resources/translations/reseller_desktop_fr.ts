<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong. Your data is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to the log file. Error: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>The domain {domain} is already taken. Choose another domain prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prefix is already taken: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some entries need fixing before the customer can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be saved because the database is unavailable ({reason}). Nothing was written: check the connection and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter text in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks, tabs or other invisible control characters (they are often pasted by accident).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten this to {maximum} characters at most (it has {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s exact legal company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s exact legal company name; Microsoft does not accept test names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain prefix: letters and digits only, 27 at most (it becomes &lt;prefix&gt;.onmicrosoft.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the part before .onmicrosoft.com (letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the domain prefix to 27 characters at most (it has {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters and digits (no spaces, dots, hyphens or accents), 27 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GB for the United Kingdom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter country code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list (two-letter ISO codes such as FR, GB or US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state, province or region from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the state, province or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a state, province or region of this country from the list; its code (such as {code}) or its name (such as {name}) is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a postal code of the chosen state or province, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a postal code in this country&apos;s format, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address such as name@contoso.com: one @, no spaces, and a real domain ending such as .com or .fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s real email address, not an example address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number, for example {example}: Partner Center requires one for customers in this country (error 600051).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid phone number, for example {example} (a number of another country must start with + and its country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organization registration number: Partner Center requires it for customers in this country (error 600049).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the registration number empty: Partner Center refuses it for customers in this country (error 600002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 50 letters, digits, spaces, hyphens or dots for the registration number (Partner Center error 600050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language (two letters, such as fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter language code such as fr, en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s culture, such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a culture such as fr-FR or en-US (language-COUNTRY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the cultures offered for this country: {cultures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the customer accepted the Microsoft Customer Agreement; Partner Center refuses orders without it (error 13605).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date on which the customer accepted the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance date cannot be in the future: enter {today} or an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name of the person who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name of the person who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of the person who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of seats between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter between {minimum} and {maximum} seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plans are limited to {cap} seats per customer in total and {used} are already in use; remove seats from another Business subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of this family are limited to {cap} seats per customer in total and {used} are already in use; remove seats from another of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plans are limited to {cap} seats per customer in total; {used} are already in use, so enter {available} at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of this family are limited to {cap} seats per customer in total; {used} are already in use, so enter {available} at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offer from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offer from the list; this one is not in the offer catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of this offer&apos;s terms: {terms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the billing cycles of this term: {cycles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s email address; Microsoft sends the account information there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be checked; retype it with plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
