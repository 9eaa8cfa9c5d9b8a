<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminDeviceSection</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it when someone who knew it leaves the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <extracomment>Admin button that closes the kiosk app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the kiosk app, for maintenance. Visitors cannot give answers until it is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock settings and return to visitors</source>
        <extracomment>Close the admin area and go back to the visitor screens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new PIN is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode? The kiosk app will close. Answers already given are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, leave kiosk mode</source>
        <extracomment>Confirms closing the kiosk app</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminExportSection</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this device&apos;s answers to a USB stick. The answers stay on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers as CSV</source>
        <extracomment>Admin button: write the device&apos;s answers as a CSV file onto the USB stick</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers as XLSX</source>
        <extracomment>Admin button: write the device&apos;s answers as an Excel workbook onto the USB stick</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline bundle for the server</source>
        <extracomment>Admin button: write the offline bundle (for the server&apos;s import) onto the USB stick</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminOfficersSection</name>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Field tablet: an officer signs in before every interview. It locks itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Field tablet: an officer signs in before every interview. It locks itself after %n minute without a touch.</numerusform>
            <numerusform>Field tablet: an officer signs in before every interview. It locks itself after %n minutes without a touch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counter kiosk: officers sign in to report a gratification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field tablet</source>
        <extracomment>Switch in the admin area: the device is carried by field officers, not set up at a counter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer signs in and interviews respondents; off: a counter kiosk for visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the server</source>
        <extracomment>An officer&apos;s line: position, NIP, and where the officer was added</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, for example: Siti Rahmawati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position, for example: PKB Kecamatan Depok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s PIN (6 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Close the admin area and go back to the visitor screens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminQuestionnairesSection</name>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKM gives the unit&apos;s IKM. Switch on SPKP and SPAK when the unit is building its Zona Integritas. At least one stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <extracomment>Under a questionnaire&apos;s title in the admin settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer scale for SPKP and SPAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 choices (faces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 choices (stars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, age, education and occupation, for the statistics. Visitors can always skip it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminReadAloudSettings</name>
    <message>
        <source>Read aloud</source>
        <extracomment>Admin settings heading for the &quot;Listen&quot; button on the visitor screens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine or no voice for this language on this device: visitors do not see the Listen button.</source>
        <extracomment>Read-aloud cannot work on this device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors see a Listen button that reads the question and each answer aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer read-aloud</source>
        <extracomment>Admin switch for the visitors&apos; Listen button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every screen aloud by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a tap on Listen. Useful where many visitors cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (0 is normal)</source>
        <extracomment>Admin setting: how fast the voice speaks (0 is normal, negative slower)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>The speech engine&apos;s own choice of voice</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminServicesSection</name>
    <message>
        <source>Prison or detention centre (Lapas/Rutan)</source>
        <translation>Prison or detention centre (Lapas/⁠Rutan)</translation>
    </message>
    <message>
        <source>Family planning office (BKKBN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors first pick the service they received. At least one service stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services shown to visitors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSummarySection</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter, from this device only. Responses flagged as possible misuse are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Recalculate the admin summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward reports this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM so far (SKM)</source>
        <extracomment>IKM = Indeks Kepuasan Masyarakat, the public satisfaction index</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers yet to compute the IKM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits flagged as possible misuse, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this quarter&apos;s answers…</source>
        <extracomment>The admin summary before the device&apos;s answers have been read</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSyncSection</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this kiosk to the unit&apos;s Suara server. Until then, answers are kept safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>Answers stored on the kiosk that the server has not received yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Answers the server has confirmed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <extracomment>Admin button that sends the waiting answers to the server right away</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll again with a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code from the server admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 7KQ4-MX2P</source>
        <extracomment>Example of a one-time enrollment code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <extracomment>Admin button that connects the kiosk to the server with the enrollment code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <extracomment>Answers the server refused; kept on the kiosk for an admin to check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the quarantined answers. They are kept on this device for checking and are not sent again by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Shown instead of a count the device could not read (never 0)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when this device has not synced for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s screen and this page then say so. The server&apos;s settings replace this value at the next sync. Default: 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>Unit after a number of days in the admin settings, e.g. &quot;7 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTimingSection</name>
    <message>
        <source>s</source>
        <extracomment>Unit after a number of seconds in the admin settings, e.g. &quot;60 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times are in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start when nobody touches the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished answers are dropped. Default: 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause before the next visitor can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes it harder to fill in the survey many times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the thank-you screen stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows the complaint channels, so give people time to read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUnitSection</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is shown on the welcome screen. The code is stored with every answer. Changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Lapas Kelas IIA Yogyakarta</source>
        <extracomment>Example unit name in the admin settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: LPYK-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s own complaint contact (shown on the thank-you screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: WhatsApp 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language visitors start in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentPage</name>
    <message>
        <source>Your message</source>
        <extracomment>Header of the optional comment step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip and send</source>
        <extracomment>Send the answers without writing a comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Send all answers (and the comment)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any suggestion or message for us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Please do not write your name or phone number. Your answers are saved when you tap Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here…</source>
        <extracomment>Placeholder in the comment box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear message</source>
        <extracomment>Empties the comment box (the answers are not sent yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not write your name or phone number.</source>
        <extracomment>Short form of the privacy note, shown while the on-screen keyboard is open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <extracomment>Characters typed and the most a message may have, e.g. &quot;1,950 / 2,000 characters&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintChannels</name>
    <message>
        <source>SMS 1708</source>
        <extracomment>&quot;SMS 1708&quot; is the national complaint number; keep the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your complaint by SMS to 1708</source>
        <translation>Send your complaint by SMS to&#xa0;1708</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want to make a complaint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can complain without giving your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldAdministerPage</name>
    <message>
        <source>How will the respondent answer?</source>
        <extracomment>Header of the step where the officer chooses how the respondent answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>The officer reads the questions to the respondent and taps the answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I read each question and record the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <extracomment>The officer gives the tablet to the respondent, who answers alone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The respondent answers on the tablet alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location will be kept with this interview</source>
        <extracomment>Field interview: a fresh GPS fix will be saved with the answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position yet — the interview can still be saved without it</source>
        <extracomment>Field interview: no recent GPS fix; saving works anyway, without a position</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GratificationPage</name>
    <message>
        <source>Integrity statement</source>
        <extracomment>Header of the step where the visitor states whether a reward was asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more thing: rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not give any officer a reward of any kind for this service.</source>
        <extracomment>One of the two equal integrity statements. Keep it in the first person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was asked for, or offered, a reward</source>
        <extracomment>The other integrity statement, as equal as the first</extracomment>
        <translation>I was asked for, or offered, a reward</translation>
    </message>
    <message>
        <source>No name is needed. Reports go to this unit&apos;s gratification control unit (UPG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Confirms the chosen integrity statement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to fill in</source>
        <extracomment>Under the no-reward statement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions follow, without your name</source>
        <extracomment>Under the &quot;asked for a reward&quot; statement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers may not ask for or accept any reward. Which statement matches what happened to you? Tap it, then tap Continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GratificationReportPage</name>
    <message>
        <source>Reward report</source>
        <extracomment>Header of the step where the visitor reports a request for a reward</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, continue</source>
        <extracomment>Finish the report and continue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At which counter or place?</source>
        <extracomment>Label of the field where the visitor writes the counter or place, e.g. &quot;Loket 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Counter 2</source>
        <extracomment>Example in the counter field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for speaking up. No name is needed: fill in only what you know. The report goes to this unit&apos;s gratification control unit (UPG).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldButton</name>
    <message>
        <source>Hold to open the admin menu</source>
        <extracomment>Shown beside the small lock in the corner when it is tapped instead of held</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Change the language</source>
        <extracomment>Accessible description of the language switch, which is named by the language it switches to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeTextButton</name>
    <message>
        <source>Large text</source>
        <extracomment>Button that switches large text and strong contrast on or off for this visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger words and stronger colours until this visit ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Stop reading</source>
        <extracomment>Button that reads the question and its answers aloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads this screen aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Officer</source>
        <extracomment>Small button in the corner of the welcome screen: officers sign in (gratification report)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerHomePage</name>
    <message>
        <source>This kiosk is not ready yet: the admin must enter the unit code (Admin → Unit) before visitors can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <extracomment>On a field tablet: the officer starts interviewing a respondent; on a counter: a visitor&apos;s survey</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visitor&apos;s survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratification report</source>
        <extracomment>The officer reports a gift or an offer (gratification) to the UPG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch officer</source>
        <extracomment>Another officer takes the tablet: their name, then their PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerReportField</name>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Under a required field of the officer&apos;s report that is still empty or not valid</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerReportPage</name>
    <message>
        <source>Gratification report</source>
        <extracomment>Header of the officer&apos;s own report of a gift or an offer to the gratification control unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: sign</source>
        <extracomment>From the report form to the signature and PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report every gift or offer connected with your work within 30 working days (KPK regulation 2/2019). The report goes to your unit&apos;s gratification control unit (UPG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who offered or gave it (name or description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the family of inmate A.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their institution or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their relation to the visitor or inmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: brother of the inmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was offered, given or asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: an envelope with cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value in rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, for example 1500000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: visiting room, Lapas Yogyakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology: what happened, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of what was offered, from the tablet&apos;s pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JPEG or PNG pictures in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerReportReceiptPage</name>
    <message>
        <source>Your report is saved and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note this number. The report goes to the UPG with the next sync; quote the number when the UPG asks about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerReportSignPage</name>
    <message>
        <source>Gratification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign, then enter your PIN to send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the officer&apos;s name, %2 a value like &quot;Rp 1.500.000&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signature</source>
        <extracomment>Erase the signature drawn so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerSignInPage</name>
    <message>
        <source>Officer sign-in</source>
        <extracomment>Title of the screen where an officer picks their name and enters their PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name, then enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers on this tablet yet. The unit admin adds them (Admin → Officers) or they come with the settings from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (press and hold)</source>
        <extracomment>Accessible name of the hidden admin button (press and hold)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <extracomment>Above the keypad; %1 is the officer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <extracomment>%1 is a countdown like 4:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Digits entered: %1</source>
        <extracomment>Accessible description of the PIN dots, e.g. &quot;3 digits entered&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN to open the kiosk settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Leave the PIN screen without unlocking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was right. Choose the PIN that will open the kiosk settings from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Suara server administrator for this kiosk&apos;s recovery code (suara-server recovery-code with the device ID below) and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no recovery code, because it has not been enrolled with a Suara server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot PIN?</source>
        <extracomment>Opens the recovery of a forgotten admin PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN instead</source>
        <extracomment>From the recovery code back to entering the PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <extracomment>%1 is a countdown like 4:59 or 1:00:00</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupFlow</name>
    <message>
        <source>Enter the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new PIN of %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <extracomment>Start entering the new PIN from the beginning</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Set up this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an admin PIN. It protects the kiosk settings; visitors never need it. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>About you</source>
        <extracomment>Header of the optional profile step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Continue after the profile; &quot;Skip&quot; when nothing was chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may skip any of these. They are only used for statistics and never with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields are needed for the survey report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field: the SKM report needs the respondent&apos;s whole profile. It is only used for statistics and never with the respondent&apos;s name.</source>
        <extracomment>Field tablet: the officer fills in the respondent&apos;s profile, which is required there</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedResult</name>
    <message>
        <source>Satisfaction survey result for %1: %2 (%3)</source>
        <extracomment>On the welcome screen. %1 the period (e.g. &quot;triwulan III 2026&quot;), %2 the IKM (e.g. &quot;84,20&quot;), %3 its category (e.g. &quot;Baik&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first half of %1</source>
        <extracomment>The first half of a year, e.g. &quot;semester I 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second half of %1</source>
        <extracomment>The second half of a year, e.g. &quot;semester II 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1</source>
        <extracomment>A whole year, e.g. &quot;tahun 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>Progress in the header, e.g. &quot;Question 3 of 22&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you agree with this statement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <extracomment>Leave this question unanswered and go to the next one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeEntry</name>
    <message>
        <source>Device ID: %1</source>
        <extracomment>%1 is the kiosk&apos;s device id, which the server&apos;s administrator needs to find its recovery code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7KQ4M-X2PQ8</source>
        <extracomment>Placeholder of the recovery code field: ten letters and digits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open it again, either enroll it with the server (Linux: suara-sync --data-dir DIR enroll --server URL --code CODE) and ask for its recovery code, or reset its data: close the app and delete its data folder (on Android: Settings → Apps → Suara → Storage → Clear data). A reset erases the answers not yet sent; export them first with suara-sync export-bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPickerPage</name>
    <message>
        <source>Village of the interview</source>
        <extracomment>Header of the step where the officer picks the village (desa) of the interview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search desa, kecamatan, kabupaten or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desa matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regions yet: the unit&apos;s regions come with the settings from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <source>More below</source>
        <extracomment>Floating hint at the bottom of a list that continues below</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Your service</source>
        <extracomment>Header of the service step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which service did you receive today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with your finger</source>
        <extracomment>Inside the empty signature box</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Back</source>
        <extracomment>Button: go back to the previous step of the survey</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less</source>
        <extracomment>Accessible name of the &quot;−&quot; button of a number setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>Accessible name of the &quot;+&quot; button of a number setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message>
        <source>Still there?</source>
        <extracomment>Title of the prompt shown before an unfinished visit is cleared for lack of activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has touched the screen for a while. In %1 seconds your answers will be cleared and the kiosk starts again for the next visitor.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <extracomment>Keeps the unfinished visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you!</source>
        <extracomment>Big title after the answers are saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have been saved. They help this unit improve its service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Ends the visit and returns to the welcome screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start screen by itself</source>
        <extracomment>Next to a countdown number, e.g. &quot;Back to the start in [8]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your report about a reward has been received. It goes to this unit&apos;s gratification control unit (UPG) without your name.</source>
        <extracomment>On the thank-you screen after a visitor reported that a reward was asked for or offered</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Sorry, this kiosk cannot take answers right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell an officer. Answers given earlier are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff</source>
        <extracomment>Heading of the technical note meant for staff on the &quot;unavailable&quot; screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Try again to save / open the answer store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (press and hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last visitor&apos;s answers are not saved yet. The kiosk saves them by itself as soon as storage works again. Do not switch off or restart the kiosk until then: that would lose them.</source>
        <extracomment>On the &quot;unavailable&quot; screen when the last visit could not be saved yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsurTable</name>
    <message>
        <source>Element</source>
        <extracomment>Column header: the SKM element (unsur)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>Column header: number of answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <extracomment>Column header: NRR, the average score of the element (nilai rata-rata)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <extracomment>Column header: quality letter A–D</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Public service feedback</source>
        <extracomment>Under the unit&apos;s name on the welcome screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Big greeting on the welcome screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was our service today? Your answers help us serve you better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait a moment…</source>
        <extracomment>The start button while the kiosk waits a few seconds between two visitors</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>The big button that starts the survey</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds left before the next visitor can start, e.g. &quot;5 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question can be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (press and hold)</source>
        <extracomment>Accessible name of the hidden admin button (press and hold)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not ready yet: the admin must enter the unit code (Admin → Unit) before visitors can answer.</source>
        <extracomment>On the welcome screen of a kiosk whose admin has not entered the unit code yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::AdminGate</name>
    <message>
        <source>Enter the current PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs do not match. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be saved. Check the device storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN cannot be checked while the device storage is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>One digit repeated is too easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits in a row, such as 123456, are too easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeated pattern, such as 121212, is too easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is one of the most used and too easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no recovery code: it has not been enrolled with a Suara server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The admin area is locked for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n more wrong try(s) will lock the admin area.</source>
        <translation>
            <numerusform>%1 %n more wrong try will lock the admin area.</numerusform>
            <numerusform>%1 %n more wrong tries will lock the admin area.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suara::DeviceExportController</name>
    <message>
        <source>Writing to the stick… Do not pull it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in, then tap Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 (%n record(s)). The stick can be removed.</source>
        <translation>
            <numerusform>Done: %1 (%n record). The stick can be removed.</numerusform>
            <numerusform>Done: %1 (%n records). The stick can be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The USB stick is not there any more. Plug it in again and retry; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick is full. Free some space or use another stick; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick cannot be written (read-only or locked). Unlock it or use another stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers on this device could not be read, so nothing was written. Try again; if it persists, contact the unit&apos;s technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not complete, so nothing was written. Try again or use another stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::ErrorHandler</name>
    <message>
        <source>The device storage is full. Earlier answers are safe; free some space to continue.</source>
        <extracomment>Shown to the unit admin when the tablet&apos;s storage is full</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer store cannot be written to. Earlier answers are safe; check the device storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer store is damaged. Do not delete anything; contact your Suara administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer store was written by a newer Suara. Update this app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers cannot be saved right now. Earlier answers are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail for IT staff (in English): %1</source>
        <extracomment>Technical detail of a sync error the kiosk has no words for: %1 is the system&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server answered with an error page instead of Suara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server of the network cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server computer refused the connection. Is the Suara server running at this address and port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name was not found. Check the address and the network&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was stopped because it took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network route to the server. Check the cable or Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network failed for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed. Check the server&apos;s certificate and the device&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the certificate and the device&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail for IT staff: %1 System message: %2</source>
        <extracomment>Technical detail of a sync error: %1 explains it in words, %2 is the system&apos;s own (English) message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::KioskSettings</name>
    <message>
        <source>Settings not saved: %1</source>
        <extracomment>Shown in the admin settings when a change could not be written; %1 says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::OfficerGate</name>
    <message>
        <source>The list of officers cannot be read. Check the device storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN cannot be checked while the device storage is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Officer sign-in is locked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong try(s) will lock officer sign-in.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong try will lock officer sign-in.</numerusform>
            <numerusform>Wrong PIN. %n more wrong tries will lock officer sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tablet locked itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>The tablet locked itself after %n minute without a touch.</numerusform>
            <numerusform>The tablet locked itself after %n minutes without a touch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the unit admin can add officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs do not match. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer could not be saved. Check the device storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the unit admin can remove officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer could not be removed. Check the device storage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::OfficerReport</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The photo is larger than %n MB. Choose a smaller one.</source>
        <translation>
            <numerusform>The photo is larger than %n MB. Choose a smaller one.</numerusform>
            <numerusform>The photo is larger than %n MB. Choose a smaller one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a JPEG or PNG photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved. Nothing was stored; try again, or check the device storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was offered something and refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I received something and could not refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asked me to give something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::SurveySession</name>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Under 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20–29</source>
        <translation>20⁠–⁠29</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30⁠–⁠39</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40⁠–⁠49</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50⁠–⁠59</translation>
    </message>
    <message>
        <source>60 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school (SD) or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high (SMA/SMK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma (D1–D3)</source>
        <translation>Diploma (D1⁠–⁠D3)</translation>
    </message>
    <message>
        <source>Bachelor (S1/D4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military (TNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police (POLRI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer asked me for a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was offered faster or special service for a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked or offered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A favour or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was asked for, or offered, a reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not give any officer a reward of any kind for this service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suara::SyncController</name>
    <message>
        <source>Not connected to a server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try again at %1</source>
        <extracomment>%1 is a clock time, e.g. 14.05</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server address, for example https://suara.example.go.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the enrollment code from the server admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the kiosk is talking to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is now enrolled with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answers have reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. New answers are waiting for the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Answers are kept safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Answers stay safe on this device; the kiosk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than the Suara server answered, such as a Wi-Fi login page. Check the network; answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived incomplete. The kiosk will try again; answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily out of service. The kiosk will try again; answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this device. Enroll it again with a new code; answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has revoked this device, so it stopped sending. Every answer stays safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is wrong or has expired. Ask the server admin for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was already used by another device. Ask the server admin for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed. Answers stay safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <extracomment>%1 is a clock time, e.g. 14.05</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a date (3 March 2026), %2 a clock time (14.05)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of records waiting to be sent cannot be read. Check the device storage; nothing is deleted.</source>
        <extracomment>The store could not be read: the number of unsent records is not known (never shown as 0)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent</source>
        <translation>
            <numerusform>%n record waiting to be sent</numerusform>
            <numerusform>%n records waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting since %1</source>
        <extracomment>%n records not yet sent; %1 the capture date of the oldest, e.g. &quot;Monday, 2 November 2026&quot;</extracomment>
        <translation>
            <numerusform>%n waiting since %1</numerusform>
            <numerusform>%n waiting since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are safe on this device. Connect to the internet and tap Sync now, or take an offline bundle to the server (Admin → Export).</source>
        <extracomment>Advice after the offline warning: what the officer can do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This device has not synced for %n day(s).</source>
        <translation>
            <numerusform>This device has not synced for %n day.</numerusform>
            <numerusform>This device has not synced for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device has never synced, and records have waited for %n day(s).</source>
        <translation>
            <numerusform>This device has never synced, and records have waited for %n day.</numerusform>
            <numerusform>This device has never synced, and records have waited for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device storage is almost full: %1 free. Sync now or export the records to a USB stick (Admin → Export), and remove other files from the device, so that new records still fit.</source>
        <extracomment>%1 the free space, e.g. &quot;150 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or signature(s) still to send.</source>
        <extracomment>After the count of records: photos and signatures of officers&apos; reports not yet on the server</extracomment>
        <translation>
            <numerusform>%n photo or signature still to send.</numerusform>
            <numerusform>%n photos or signatures still to send.</numerusform>
        </translation>
    </message>
</context>
</TS>
