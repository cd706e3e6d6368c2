<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="32"/>
        <source>Om Klausul</source>
        <translation>About Klausul</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="43"/>
        <source>Jämför, tagga och sammanfoga samverkansöverenskommelser. Allt sker på den här datorn: Klausul öppnar aldrig någon nätverksanslutning.</source>
        <translation>Compare, tag and merge cooperation agreements. Everything stays on this computer: Klausul never opens a network connection.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="47"/>
        <source>Klausul använder Qt {qt} under GNU LGPL version 3. Qt-biblioteken ligger som egna filer i programmappen och får bytas mot en egen version av dem. Källkoden finns på download.qt.io.</source>
        <translation>Klausul uses Qt {qt} under the GNU LGPL version 3. The Qt libraries are separate files in the program folder and may be replaced with your own build of them. The source code is at download.qt.io.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="61"/>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="61"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="61"/>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="79"/>
        <location filename="../../app/ui/about.py" line="81"/>
        <source>Om Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="101"/>
        <source>Licens: {licence}
Källkod: {source}</source>
        <translation>Licence: {licence}
Source code: {source}</translation>
    </message>
</context>
<context>
    <name>ActionBuilder</name>
    <message>
        <location filename="../../app/ui/actions.py" line="114"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="115"/>
        <source>&amp;Om Klausul…</source>
        <translation>&amp;About Klausul…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="123"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124"/>
        <source>&amp;Nytt projekt</source>
        <translation>&amp;New Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="125"/>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126"/>
        <source>Öppna &amp;senaste</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="129"/>
        <source>Spara &amp;som…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="131"/>
        <source>&amp;Lägg till dokument…</source>
        <translation>&amp;Add Documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="132"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="133"/>
        <source>&amp;Ta bort dokument…</source>
        <translation>&amp;Remove Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="136"/>
        <source>&amp;Exportera jämförelse…</source>
        <translation>&amp;Export Comparison…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="137"/>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="139"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="140"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="141"/>
        <location filename="../../app/ui/actions.py" line="144"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="145"/>
        <location filename="../../app/ui/actions.py" line="148"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="153"/>
        <source>&amp;Sök…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="154"/>
        <source>Sök &amp;nästa</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="155"/>
        <source>Sök &amp;föregående</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="158"/>
        <source>&amp;Nästa skillnad</source>
        <translation>&amp;Next Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="159"/>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="160"/>
        <source>&amp;Föregående skillnad</source>
        <translation>&amp;Previous Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="161"/>
        <source>Föregående</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="162"/>
        <source>Visa &amp;bara skillnader</source>
        <translation>Show &amp;Only Differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="163"/>
        <source>Bara skillnader</source>
        <translation>Only differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="166"/>
        <source>&amp;Rader</source>
        <translation>&amp;Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="169"/>
        <source>Välj &amp;basdokument…</source>
        <translation>Choose &amp;Base Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="171"/>
        <source>&amp;Dölj eller visa dokument…</source>
        <translation>&amp;Hide or Show Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="173"/>
        <source>Jämför &amp;utan hänsyn till</source>
        <translation>Compare &amp;Ignoring</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="185"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="189"/>
        <source>S&amp;pråk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="200"/>
        <source>&amp;Jämförelse</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="201"/>
        <source>&amp;Länka markerade klausuler</source>
        <translation>&amp;Link Selected Clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="202"/>
        <source>Länka</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="203"/>
        <source>&amp;Ta bort länk</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="204"/>
        <source>Ta bort länk</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="205"/>
        <source>&amp;Återställ automatisk parning</source>
        <translation>Reset to &amp;Automatic Pairing</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="207"/>
        <source>Lås &amp;raden</source>
        <translation>&amp;Pin Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="208"/>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>AgeChart</name>
    <message>
        <location filename="../../app/ui/coverage/ages.py" line="52"/>
        <source>Inga åldersgränser hittades i dokumentens text.</source>
        <translation>No age limits were found in the documents&apos; text.</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="37"/>
        <source>Tagga med kod</source>
        <translation>Tag with Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="43"/>
        <source>Skriv för att söka, t.ex. bup</source>
        <translation>Type to search, e.g. bup</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="44"/>
        <source>Sök kod</source>
        <translation>Search code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="47"/>
        <source>Koder</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="48"/>
        <source>Hela &amp;raden (Skift+Enter)</source>
        <translation>Whole &amp;row (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="51"/>
        <source>Enter: tagga markeringen · Skift+Enter: hela raden · Esc: avbryt</source>
        <translation>Enter: tag the selection · Shift+Enter: the whole row · Esc: cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/picker.py" line="81"/>
        <source>(senast använd)</source>
        <translation>(recently used)</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="43"/>
        <source>Kodbok</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="47"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="47"/>
        <source>Tangent</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="47"/>
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="48"/>
        <source>Koder</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="60"/>
        <source>Välj färg…</source>
        <translation>Choose Colour…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="66"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="67"/>
        <source>&amp;Förkortningar</source>
        <translation>&amp;Abbreviations</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="68"/>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="69"/>
        <source>&amp;Tangent</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="70"/>
        <source>F&amp;ärg</source>
        <translation>Co&amp;lour</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="72"/>
        <source>&amp;Spara ändringar</source>
        <translation>&amp;Save Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="73"/>
        <source>N&amp;y kod</source>
        <translation>Ne&amp;w Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="74"/>
        <source>Ny &amp;underkod</source>
        <translation>New &amp;Subcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="75"/>
        <source>Fl&amp;ytta…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="76"/>
        <source>Slå &amp;ihop med…</source>
        <translation>Mer&amp;ge With…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="77"/>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="78"/>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="79"/>
        <source>I&amp;mportera…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="182"/>
        <source>Ny kod</source>
        <translation>New Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="182"/>
        <source>Kodens namn:</source>
        <translation>Name of the code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="210"/>
        <source>Flytta kod</source>
        <translation>Move Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="210"/>
        <source>Lägg koden under:</source>
        <translation>Put the code under:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="211"/>
        <source>(översta nivån)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="219"/>
        <source>Slå ihop koder</source>
        <translation>Merge Codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="220"/>
        <source>Slå ihop koden med (dess taggar följer med):</source>
        <translation>Merge the code into (its tags follow):</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="238"/>
        <source>Ta bort koden %1?</source>
        <translation>Delete the code %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="243"/>
        <source>Exportera kodbok</source>
        <translation>Export Codebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="244"/>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="254"/>
        <source>Kodbok (*.json)</source>
        <translation>Codebook (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/codebook_editor.py" line="253"/>
        <source>Importera kodbok</source>
        <translation>Import Codebook</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="160"/>
        <source>Jämförelsen avbröts: raderna visar läget före ändringen</source>
        <translation>Comparison cancelled: the rows show the state before the change</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="255"/>
        <source>Inga fler skillnader</source>
        <translation>No more differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="265"/>
        <source>Inga tidigare skillnader</source>
        <translation>No earlier differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="360"/>
        <source>Handlänkar borttagna: %1. Klausulerna paras automatiskt igen.</source>
        <translation>Hand links removed: %1. The clauses are paired automatically again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="367"/>
        <source>Markera en rad först.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="372"/>
        <source>Raden har bara en klausul: inget att låsa</source>
        <translation>The row has only one clause: nothing to pin</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="208"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="210"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="218"/>
        <source>Bas: %1</source>
        <translation>Base: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="222"/>
        <source>Basdokument: de andra jämförs mot det</source>
        <translation>Base document: the others are compared with it</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="297"/>
        <source>📌 Länkad för hand: raden hålls ihop</source>
        <translation>📌 Linked by hand: the row is kept together</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="282"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../app/ui/comparison/view.py" line="35"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/view.py" line="36"/>
        <source>En rad per grupp av motsvarande klausuler, en kolumn per dokument</source>
        <translation>One row per group of corresponding clauses, one column per document</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../app/ui/coverage/matrix.py" line="99"/>
        <source>inga klausuler</source>
        <translation>no clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/matrix.py" line="104"/>
        <source>lucka: basen har inget</source>
        <translation>gap: the base has nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/matrix.py" line="107"/>
        <source>möjlig överlappning i %1</source>
        <translation>possible overlap in %1</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="55"/>
        <source>Vy</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="58"/>
        <source>Bara luckor och överlapp</source>
        <translation>Only gaps and overlaps</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="59"/>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="150"/>
        <source>En stapel per dokument (basen svart) · orange: lucka, basen saknar · lila hörn: möjlig överlappning</source>
        <translation>One bar per document (the base black) · orange: gap, the base lacks it · purple corner: possible overlap</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="66"/>
        <source>Täckningsmatris</source>
        <translation>Coverage matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="77"/>
        <source>Visa alla rader</source>
        <translation>Show all rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="94"/>
        <source>Matris</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="95"/>
        <source>Åldrar</source>
        <translation>Ages</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="96"/>
        <source>Ska utan part</source>
        <translation>Must without a party</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="141"/>
        <source>förpliktande ord: %1</source>
        <translation>obliging word: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="143"/>
        <source>Ska utan part (%1)</source>
        <translation>Must without a party (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="153"/>
        <source>Inga luckor eller överlapp i den här vyn.</source>
        <translation>No gaps or overlaps in this view.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="154"/>
        <source>Inga taggade klausuler ännu: tagga klausuler (en tangent per kod, Ctrl+T) eller godta förslagen (Ctrl+Enter), så fylls matrisen.</source>
        <translation>No tagged clauses yet: tag clauses (one key per code, Ctrl+T) or accept the suggestions (Ctrl+Enter), and the matrix fills.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="166"/>
        <source>Ingen klausul i den cellen</source>
        <translation>No clause in that cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="190"/>
        <source>Klicka på en cell för att visa dess klausuler i jämförelsen.</source>
        <translation>Click a cell to show its clauses in the comparison.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="194"/>
        <source>Jämförelsen visar %1 rader: %2 × %3</source>
        <translation>The comparison shows %1 rows: %2 × %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="206"/>
        <source>Exportera täckning</source>
        <translation>Export coverage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="207"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coverage/panel.py" line="216"/>
        <source>Täckningen exporterades till %1 fil(er)</source>
        <translation>Coverage exported to %1 file(s)</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="33"/>
        <source>Beslut om raden</source>
        <translation>Decision on the row</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="36"/>
        <source>&amp;Öppen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="37"/>
        <source>&amp;Beslutad</source>
        <translation>&amp;Decided</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="38"/>
        <source>&amp;Vilande</source>
        <translation>&amp;Parked</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="50"/>
        <source>Beslutet, t.ex. ”Ta Jönköpings formulering”</source>
        <translation>The decision, e.g. “Take Jönköping’s wording”</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="51"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decision_editor.py" line="52"/>
        <source>Enter sparar · Esc avbryter · ↑/↓ byter status</source>
        <translation>Enter saves · Esc cancels · ↑/↓ change the status</translation>
    </message>
</context>
<context>
    <name>DecisionsController</name>
    <message>
        <location filename="../../app/ui/workshop/decisions.py" line="91"/>
        <source>Markera en rad först</source>
        <translation>Select a row first</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decisions.py" line="95"/>
        <source>Beslut om rad %1</source>
        <translation>Decision on row %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/decisions.py" line="115"/>
        <source>Raden har inget beslut</source>
        <translation>The row has no decision</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="48"/>
        <source>Klausuldetaljer</source>
        <translation>Clause details</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="83"/>
        <source>Markera en klausul för att se detaljer.</source>
        <translation>Select a clause to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="88"/>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="88"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="88"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="89"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="89"/>
        <source>Inledning</source>
        <translation>Lead-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="110"/>
        <source>Mot basen %1</source>
        <translation>Against the base %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="113"/>
        <source>Jämfört med %1 (%2)</source>
        <translation>Compared with %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="104"/>
        <source>Infogat</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="104"/>
        <source>Raderat</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="34"/>
        <source>Projektet är redan öppet</source>
        <translation>Project Already Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="35"/>
        <source>%1 är öppet för redigering av %2.</source>
        <translation>%1 is open for editing by %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="38"/>
        <source>Du kan öppna det skrivskyddat eller arbeta i en kopia.</source>
        <translation>You can open it read-only or work on a copy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="40"/>
        <source>Öppna skrivskyddat</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="41"/>
        <source>Öppna en kopia</source>
        <translation>Open a Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="56"/>
        <source>Projektfilen är skadad</source>
        <translation>The project file is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="59"/>
        <source>Vill du öppna säkerhetskopian %1 i stället? Den öppnas som en kopia: spara den med Spara som.</source>
        <translation>Do you want to open the backup %1 instead? It opens as a copy: save it with Save As.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="61"/>
        <source>Öppna säkerhetskopian</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="72"/>
        <source>Återställ osparat arbete</source>
        <translation>Restore Unsaved Work</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="73"/>
        <source>Klausul avslutades utan att spara %1. Vill du återställa de osparade ändringarna?</source>
        <translation>Klausul closed without saving %1. Do you want to restore the unsaved changes?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="85"/>
        <source>Namnlöst projekt</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="88"/>
        <source>%1 (ändrat %2)</source>
        <translation>%1 (changed %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="95"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="96"/>
        <source>Vill du spara ändringarna i %1?</source>
        <translation>Do you want to save the changes to %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="210"/>
        <source>Ditt namn</source>
        <translation>Your Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="211"/>
        <source>Vilket namn ska dina taggar stå på?</source>
        <translation>Which name should your tags carry?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="222"/>
        <source>Ta bort kod</source>
        <translation>Delete Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="223"/>
        <source>Koden %1 sitter på %2 klausuler. Vad ska hända med taggarna?</source>
        <translation>The code %1 is on %2 clauses. What should become of the tags?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="225"/>
        <source>Flytta dem till %1</source>
        <translation>Move Them to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="227"/>
        <source>Ta bort taggarna</source>
        <translation>Remove the Tags</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="31"/>
        <source>%1 (bas, visas alltid)</source>
        <translation>%1 (base, always shown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="32"/>
        <source>%1 (dold)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="32"/>
        <source>%1 (visas)</source>
        <translation>%1 (shown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="41"/>
        <source>Basdokument</source>
        <translation>Base Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="42"/>
        <source>Jämför mot:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="56"/>
        <source>Dölj eller visa</source>
        <translation>Hide or Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="57"/>
        <source>Dokument:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="72"/>
        <source>Ta bort dokument</source>
        <translation>Remove Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/commands.py" line="73"/>
        <source>Ta bort ur projektet (kan ångras):</source>
        <translation>Remove from the project (can be undone):</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="95"/>
        <source>Län/region</source>
        <translation>County/region</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="95"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="95"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="96"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="98"/>
        <location filename="../../app/ui/documents/panel.py" line="115"/>
        <source>Visas i jämförelsen</source>
        <translation>Shown in the comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="98"/>
        <source>Dokumentets namn (dubbelklicka för att byta titel)</source>
        <translation>The document&apos;s name (double-click to change the title)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="113"/>
        <source>Basdokumentet visas alltid</source>
        <translation>The base document is always shown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="114"/>
        <location filename="../../app/ui/documents/panel.py" line="152"/>
        <source>Dolt: ingår inte i jämförelsen</source>
        <translation>Hidden: not part of the comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="117"/>
        <source>Dolt</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="117"/>
        <source>Visas</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="126"/>
        <source>(dold)</source>
        <translation>(hidden)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents/panel.py" line="145"/>
        <source>%n klausuler</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="150"/>
        <source>Basdokument: de andra jämförs mot det</source>
        <translation>Base document: the others are compared with it</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="233"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="247"/>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="248"/>
        <source>Lägg till dokument (Ctrl+I)</source>
        <translation>Add documents (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="249"/>
        <source>Lägg till dokument</source>
        <translation>Add Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="251"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="253"/>
        <source>Ta bort det markerade dokumentet (Delete); kan ångras</source>
        <translation>Remove the selected document (Delete); can be undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="255"/>
        <location filename="../../app/ui/documents/panel.py" line="257"/>
        <source>Ta bort dokument</source>
        <translation>Remove Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="263"/>
        <source>Importförlopp</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="266"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="345"/>
        <source>Gör till &amp;basdokument</source>
        <translation>Make the &amp;Base Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="348"/>
        <source>&amp;Visa</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="348"/>
        <source>&amp;Dölj</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="353"/>
        <source>&amp;Ta bort dokument</source>
        <translation>&amp;Remove Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="378"/>
        <source>%1 (%2 av %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="80"/>
        <source>I utkastet: egen text</source>
        <translation>In the draft: own text</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="84"/>
        <source>I utkastet: %1, bearbetad</source>
        <translation>In the draft: %1, reworded</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="85"/>
        <source>I utkastet: %1</source>
        <translation>In the draft: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="138"/>
        <source>Markera formuleringen i jämförelsen först.</source>
        <translation>Select the wording in the comparison first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="235"/>
        <source>Ny rubrik</source>
        <translation>New heading</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="235"/>
        <source>Nytt stycke</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="236"/>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/controller.py" line="272"/>
        <source>Taggar för klausulen</source>
        <translation>The clause&apos;s tags</translation>
    </message>
</context>
<context>
    <name>DraftDelegate</name>
    <message>
        <location filename="../../app/ui/draft/view.py" line="139"/>
        <source>Klausulens text</source>
        <translation>The clause&apos;s text</translation>
    </message>
</context>
<context>
    <name>DraftDialogs</name>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="51"/>
        <source>Titel och författare</source>
        <translation>Title and Authors</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="58"/>
        <source>t.ex. Arbetsgruppen för barn och unga</source>
        <translation>e.g. the working group for children and young people</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="59"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="60"/>
        <source>Författare:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="70"/>
        <source>Spara version</source>
        <translation>Record version</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="76"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="77"/>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="88"/>
        <source>Exportera till Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="94"/>
        <source>Kommentar med varje klausuls ursprung</source>
        <translation>A comment with each clause&apos;s provenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="96"/>
        <source>Kommentar med varje klausuls taggar</source>
        <translation>A comment with each clause&apos;s tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="97"/>
        <source>Bilaga: klausul, taggar och källor</source>
        <translation>Appendix: clause, tags and sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="100"/>
        <source>Spårade ändringar:</source>
        <translation>Tracked changes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="114"/>
        <source>Jämför versioner</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="116"/>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="117"/>
        <source>Till:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/dialogs.py" line="149"/>
        <source>Koder</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>DraftOutputs</name>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="86"/>
        <source>Släng utkastet? Sparade versioner finns kvar och kan återställas, och Ångra tar tillbaka det.</source>
        <translation>Discard the draft? Recorded versions stay and can be restored, and Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="98"/>
        <source>Nuvarande utkast</source>
        <translation>Current draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="99"/>
        <location filename="../../app/ui/draft/outputs.py" line="152"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="101"/>
        <source>Dokument: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="145"/>
        <source>Inga spårade ändringar</source>
        <translation>No tracked changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="147"/>
        <source>Föregående version (%1)</source>
        <translation>Previous version (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="150"/>
        <source>Basdokumentet (%1)</source>
        <translation>The base document (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="157"/>
        <source>Exportera utkastet</source>
        <translation>Export the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="158"/>
        <location filename="../../app/ui/draft/outputs.py" line="184"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="172"/>
        <source>Exporterar %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="177"/>
        <source>Utkastet är exporterat till %1</source>
        <translation>The draft is exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="183"/>
        <source>Läs in Word-kopia</source>
        <translation>Read a Word copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="191"/>
        <source>Läser in %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/outputs.py" line="197"/>
        <source>%1: %2 oförändrade, %3 ändrade, %4 nya, %5 borttagna klausuler, %6 förslag</source>
        <translation>%1: %2 unchanged, %3 changed, %4 new, %5 removed clauses, %6 proposals</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="60"/>
        <source>Klausuler</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="61"/>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="62"/>
        <location filename="../../app/ui/draft/panel.py" line="133"/>
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="73"/>
        <source>Projektet har inget utkast ännu. Starta från basdokumentet och välj sedan formulering rad för rad i jämförelsen (Ctrl+U), eller börja med en tom disposition.</source>
        <translation>The project has no draft yet. Start from the base document and then choose the wording row by row in the comparison (Ctrl+U), or begin with an empty outline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="77"/>
        <source>Starta från basdokumentet</source>
        <translation>Start from the base document</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="79"/>
        <source>Starta tom disposition</source>
        <translation>Start an empty outline</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="90"/>
        <source>+ Rubrik</source>
        <translation>+ Heading</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="91"/>
        <source>Ny rubrik efter den markerade klausulen</source>
        <translation>A new heading after the selected clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="92"/>
        <source>+ Stycke</source>
        <translation>+ Paragraph</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="93"/>
        <source>Nytt stycke efter den markerade klausulen</source>
        <translation>A new paragraph after the selected clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="94"/>
        <source>+ Punkt</source>
        <translation>+ Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="95"/>
        <source>Ny punkt efter den markerade klausulen</source>
        <translation>A new item after the selected clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="96"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="97"/>
        <source>Ta bort de markerade klausulerna (Delete)</source>
        <translation>Remove the selected clauses (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="98"/>
        <source>Taggar…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="99"/>
        <source>Klausulens egna taggar (annars källornas)</source>
        <translation>The clause&apos;s own tags (else its sources&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="123"/>
        <source>&lt;b&gt;Utkast&lt;/b&gt;</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="126"/>
        <source>ingen version sparad</source>
        <translation>no version recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="127"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 klausuler · senaste version: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 clauses · latest version: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/panel.py" line="132"/>
        <source>Förslag (%1)</source>
        <translation>Proposals (%1)</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../../app/ui/draft/view.py" line="184"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/view.py" line="185"/>
        <source>Utkastets klausuler i ordning med nummer och ursprung</source>
        <translation>The draft&apos;s clauses in order with number and provenance</translation>
    </message>
</context>
<context>
    <name>DraftWindowPart</name>
    <message>
        <location filename="../../app/ui/draft/window.py" line="46"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="149"/>
        <source>&amp;Utkast</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="160"/>
        <source>Starta utkast från &amp;basdokumentet</source>
        <translation>Start the draft from the &amp;base document</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="162"/>
        <source>Starta &amp;tom disposition</source>
        <translation>Start an &amp;empty outline</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="165"/>
        <source>Titel och &amp;författare…</source>
        <translation>Title and &amp;Authors…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="167"/>
        <source>S&amp;läng utkastet…</source>
        <translation>&amp;Discard Draft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="170"/>
        <source>&amp;Ta markerad formulering till utkastet</source>
        <translation>&amp;Take the selected wording into the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="173"/>
        <source>&amp;Ingen formulering för raden</source>
        <translation>&amp;No wording for the row</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="177"/>
        <source>Spara &amp;version…</source>
        <translation>Record &amp;version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="180"/>
        <source>&amp;Jämför versioner…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="184"/>
        <source>&amp;Exportera till Word…</source>
        <translation>E&amp;xport to Word…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="187"/>
        <source>&amp;Läs in Word-kopia…</source>
        <translation>&amp;Read a Word copy…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="196"/>
        <source>Klausul&amp;typ</source>
        <translation>Clause &amp;kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="198"/>
        <source>Rubrik</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="199"/>
        <source>Stycke</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="200"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="201"/>
        <source>Numrerad punkt</source>
        <translation>Numbered item</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/window.py" line="209"/>
        <source>&amp;Visa utkastet</source>
        <translation>&amp;Show the draft</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="29"/>
        <source>Sök i klausuler (Enter = nästa, Esc = stäng)</source>
        <translation>Search clauses (Enter = next, Esc = close)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="30"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="34"/>
        <source>Antal träffar</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="36"/>
        <source>Föregående träff (Skift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="38"/>
        <source>Nästa träff (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="40"/>
        <source>Stäng sökningen (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/imports.py" line="77"/>
        <source>%1: kan inte läsas in (Klausul läser DOCX, PDF, ODT, text, Markdown och HTML)</source>
        <translation>%1: cannot be imported (Klausul reads DOCX, PDF, ODT, text, Markdown and HTML)</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports.py" line="108"/>
        <source>%1: finns redan i projektet som ”%2” och lästes inte in igen</source>
        <translation>%1: is already in the project as “%2” and was not imported again</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports.py" line="117"/>
        <source>Importerade %1, men: %2</source>
        <translation>Imported %1, but: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports.py" line="123"/>
        <source>Importerade %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports.py" line="144"/>
        <source>%1 av %2 filer lästes in.</source>
        <translation>%1 of %2 files were imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports.py" line="149"/>
        <source>Importen</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Jämför dokumenten</source>
        <translation>Comparing the documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Jämför dokumenten…</source>
        <translation>Comparing the documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Överenskommelser %1;;Alla filer (*)</source>
        <translation>Agreements %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Klausul</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Lägg till dokument</source>
        <translation>Add Documents</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="76"/>
        <source>Vilka rader som visas</source>
        <translation>Which rows are shown</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="82"/>
        <source>Plats bland skillnaderna</source>
        <translation>Place among the differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="84"/>
        <source>&amp;Visa:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="144"/>
        <source>Inga skillnader</source>
        <translation>No differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="146"/>
        <source>Skillnad %1 av %2</source>
        <translation>Difference %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="149"/>
        <source>%1 skillnader</source>
        <translation>%1 differences</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../app/ui/comparison/outline_panel.py" line="23"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../app/ui/comparison/overview_strip.py" line="26"/>
        <source>Översikt över skillnader</source>
        <translation>Overview of differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/overview_strip.py" line="27"/>
        <source>Var skillnaderna finns; ramen visar vad tabellen visar nu. Klicka för att gå dit.</source>
        <translation>Where the differences are; the frame shows what the table shows now. Click to go there.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../app/ui/project_files.py" line="55"/>
        <source>Namnlöst projekt</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="68"/>
        <source>(skrivskyddat)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="91"/>
        <source>Öppna projekt</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="92"/>
        <location filename="../../app/ui/project_files.py" line="142"/>
        <source>Klausul-projekt (*.klausul)</source>
        <translation>Klausul projects (*.klausul)</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="141"/>
        <source>Spara projekt</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="158"/>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="182"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="35"/>
        <location filename="../../app/ui/draft/proposals.py" line="38"/>
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="38"/>
        <source>Klausul</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="38"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="39"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="41"/>
        <source>Godta</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="43"/>
        <source>Avslå</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/proposals.py" line="77"/>
        <source>utan nummer</source>
        <translation>no number</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../app/ui/export.py" line="34"/>
        <source>Det finns ingen jämförelse att exportera ännu.</source>
        <translation>There is no comparison to export yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export.py" line="37"/>
        <source>Exportera jämförelse</source>
        <translation>Export Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/export.py" line="38"/>
        <source>Word-dokument</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../app/ui/export.py" line="38"/>
        <source>Webbsida</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../app/ui/export.py" line="48"/>
        <source>Skriver %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export.py" line="53"/>
        <source>Jämförelsen exporterades till %1</source>
        <translation>The comparison was exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/export.py" line="58"/>
        <source>Kunde inte skriva rapporten: %1</source>
        <translation>Could not write the report: %1</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="149"/>
        <location filename="../../app/ui/comparison/find_bar.py" line="181"/>
        <source>Ingen träff</source>
        <translation>No match</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="155"/>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/find_bar.py" line="156"/>
        <source>%1 träffar</source>
        <translation>%1 matches</translation>
    </message>
</context>
<context>
    <name>SourceDiff</name>
    <message>
        <location filename="../../app/ui/draft/source_diff.py" line="23"/>
        <source>Ordskillnader mot källorna</source>
        <translation>Word differences from the sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/source_diff.py" line="32"/>
        <source>Markera en klausul i utkastet: här syns hur den skiljer sig från varje källa, också medan du skriver om den.</source>
        <translation>Select a clause of the draft: this shows how it differs from each source, also while you reword it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/source_diff.py" line="54"/>
        <source>Inga källor: texten är arbetsgruppens egen.</source>
        <translation>No sources: the text is the working group&apos;s own.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="27"/>
        <source>Färgförklaring</source>
        <translation>Colour legend</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/navigation_bar.py" line="28"/>
        <source>Färgerna i cellernas vänsterkant och i översikten till höger</source>
        <translation>The colours at the cells&apos; left edge and in the overview on the right</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="34"/>
        <source>Taggar och förslag</source>
        <translation>Tags and suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="36"/>
        <source>&amp;Godta</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="37"/>
        <source>&amp;Avvisa</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="38"/>
        <source>Ta &amp;bort taggen</source>
        <translation>Re&amp;move Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="61"/>
        <source>Markera en klausul för att se dess taggar.</source>
        <translation>Select a clause to see its tags.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="68"/>
        <source>Förpliktelse: %1</source>
        <translation>Obligation: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="73"/>
        <source>%1: %2 — satt av %3, %4</source>
        <translation>%1: %2 — set by %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="77"/>
        <source>(godtaget förslag)</source>
        <translation>(accepted suggestion)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/panel.py" line="85"/>
        <source>Förslag: %1: %2 — %3</source>
        <translation>Suggestion: %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <location filename="../../app/ui/tagging/controller.py" line="260"/>
        <source>Markera en klausul först</source>
        <translation>Select a clause first</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/controller.py" line="291"/>
        <source>Inga förslag att ta ställning till här</source>
        <translation>No suggestions to decide on here</translation>
    </message>
</context>
<context>
    <name>TaggingMenu</name>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="34"/>
        <source>&amp;Taggar</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="39"/>
        <source>Tangenterna taggar &amp;%1</source>
        <translation>Keys Tag &amp;%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="49"/>
        <source>Tagga med &amp;kod…</source>
        <translation>Tag with &amp;Code…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="51"/>
        <source>Tagga &amp;hela raden med kod…</source>
        <translation>Tag the &amp;Whole Row with Code…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="54"/>
        <source>&amp;Godta förslag</source>
        <translation>&amp;Accept Suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="55"/>
        <source>&amp;Avvisa förslag</source>
        <translation>&amp;Reject Suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="57"/>
        <source>Godta &amp;radens förslag</source>
        <translation>Accept the Row&apos;s &amp;Suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="59"/>
        <source>Avvisa radens &amp;förslag</source>
        <translation>Reject the Row&apos;s S&amp;uggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="62"/>
        <source>&amp;Filtrera rader på kod…</source>
        <translation>&amp;Filter Rows by Code…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="64"/>
        <source>Visa &amp;alla rader</source>
        <translation>Show &amp;All Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="67"/>
        <source>Kod&amp;bok…</source>
        <translation>Code&amp;book…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="68"/>
        <source>&amp;Exportera taggar…</source>
        <translation>&amp;Export Tags…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="69"/>
        <source>&amp;Importera taggar…</source>
        <translation>&amp;Import Tags…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="70"/>
        <source>Mitt &amp;namn…</source>
        <translation>My &amp;Name…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="77"/>
        <source>&amp;Visa förslag</source>
        <translation>Show Su&amp;ggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="100"/>
        <source>Tangenter: %1</source>
        <translation>Keys: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="128"/>
        <source>Alla rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="129"/>
        <source>Rader utan %1</source>
        <translation>Rows without %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="133"/>
        <source>Filtrera rader</source>
        <translation>Filter Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="133"/>
        <source>Visa:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="139"/>
        <source>Exportera taggar</source>
        <translation>Export Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="140"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="149"/>
        <source>%1 taggar exporterades</source>
        <translation>%1 tags exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="152"/>
        <source>Importera taggar</source>
        <translation>Import Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="153"/>
        <source>Taggar (*.xlsx *.csv)</source>
        <translation>Tags (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="164"/>
        <source>%1 taggar lästes in</source>
        <translation>%1 tags imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/tagging/menu.py" line="166"/>
        <source>; %1 rader gällde klausuler eller koder som saknas här</source>
        <translation>; %1 rows were for clauses or codes missing here</translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <location filename="../../app/ui/draft/version_comparison.py" line="31"/>
        <source>%1 jämfört med %2</source>
        <translation>%1 compared with %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/version_comparison.py" line="41"/>
        <source>Visa bara skillnader</source>
        <translation>Show only differences</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="35"/>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="37"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="37"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="37"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="38"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="40"/>
        <source>Spara version…</source>
        <translation>Record version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="42"/>
        <source>Jämför…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="44"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/draft/versions.py" line="46"/>
        <source>Gör utkastet till den markerade versionen igen (kan ångras)</source>
        <translation>Make the draft the selected version again (can be undone)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/ui/wording.py" line="60"/>
        <location filename="../../app/ui/wording.py" line="74"/>
        <location filename="../../app/ui/wording.py" line="87"/>
        <source>Lika</source>
        <translation>Identical</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="61"/>
        <location filename="../../app/ui/wording.py" line="75"/>
        <location filename="../../app/ui/wording.py" line="88"/>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="62"/>
        <location filename="../../app/ui/wording.py" line="76"/>
        <location filename="../../app/ui/wording.py" line="89"/>
        <source>Flyttad</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="63"/>
        <location filename="../../app/ui/wording.py" line="78"/>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="64"/>
        <location filename="../../app/ui/wording.py" line="77"/>
        <location filename="../../app/ui/wording.py" line="90"/>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="65"/>
        <source>Delad/sammanslagen</source>
        <translation>Split/merged</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="73"/>
        <source>Bas</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="79"/>
        <location filename="../../app/ui/wording.py" line="93"/>
        <source>Tom</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="91"/>
        <source>Saknas i basen</source>
        <translation>Not in the base</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="92"/>
        <source>Bara basen</source>
        <translation>Base only</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="102"/>
        <source>Alla rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="103"/>
        <source>Bara skillnader mot basen</source>
        <translation>Only differences from the base</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="104"/>
        <source>Bara luckor i basen</source>
        <translation>Only gaps in the base</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="105"/>
        <source>Bara ändrad lydelse</source>
        <translation>Only changed wording</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="106"/>
        <source>Bara där %1 skiljer sig</source>
        <translation>Only where %1 differs</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="114"/>
        <source>&amp;Skiftläge (stora och små bokstäver)</source>
        <translation>&amp;Case (capital and small letters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="115"/>
        <source>&amp;Blanksteg</source>
        <translation>&amp;Whitespace</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="116"/>
        <source>S&amp;kiljetecken</source>
        <translation>&amp;Punctuation</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="117"/>
        <source>&amp;Numrering (1.2, a) …)</source>
        <translation>&amp;Numbering (1.2, a) …)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="125"/>
        <source>Annan region</source>
        <translation>Other region</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="126"/>
        <location filename="../../app/ui/wording.py" line="130"/>
        <source>Vårt utkast</source>
        <translation>Our draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="127"/>
        <source>Nuvarande</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="129"/>
        <source>Annan regions överenskommelse</source>
        <translation>Another region&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="131"/>
        <source>Vår nuvarande överenskommelse</source>
        <translation>Our current agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="138"/>
        <source>– saknas här –</source>
        <translation>– missing here –</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="145"/>
        <source>rubrik</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="146"/>
        <source>stycke</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="147"/>
        <source>listpunkt</source>
        <translation>list item</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="148"/>
        <source>tabellcell</source>
        <translation>table cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="159"/>
        <source>tabell %1, rad %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="162"/>
        <source>textruta %1 vid stycke %2</source>
        <translation>text box %1 at paragraph %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="164"/>
        <source>sida %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="165"/>
        <location filename="../../app/ui/wording.py" line="311"/>
        <source>stycke %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="166"/>
        <source>rad %1</source>
        <comment>line of a text file</comment>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="167"/>
        <source>formulärfält på sida %1</source>
        <translation>form field on page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="168"/>
        <source>anteckning på sida %1</source>
        <comment>a PDF annotation (a note or text placed on the page)</comment>
        <translation>annotation on page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="176"/>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="177"/>
        <source>Ta bort %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="178"/>
        <source>Ändra dokumentuppgifter</source>
        <translation>Edit document details</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="179"/>
        <source>Dölj %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="180"/>
        <source>Visa %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="181"/>
        <source>Byt basdokument</source>
        <translation>Change base document</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="182"/>
        <source>Ändra inställning</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="183"/>
        <source>Ändra vad jämförelsen bortser från</source>
        <translation>Change what the comparison ignores</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="184"/>
        <source>Länka klausuler</source>
        <translation>Link clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="185"/>
        <source>Ta bort länk</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="186"/>
        <source>Lås raden</source>
        <translation>Pin row</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="187"/>
        <source>Återställ automatisk parning</source>
        <translation>Reset to automatic pairing</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="188"/>
        <source>Tagga %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="189"/>
        <source>Ta bort taggen %1</source>
        <translation>Remove tag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="190"/>
        <source>Godta %1 förslag</source>
        <translation>Accept %1 suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="191"/>
        <source>Avvisa %1 förslag</source>
        <translation>Reject %1 suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="192"/>
        <source>Läs in taggar från %1</source>
        <translation>Import tags from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="193"/>
        <source>Ny kod %1</source>
        <translation>New code %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="194"/>
        <source>Ändra koden %1</source>
        <translation>Edit code %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="195"/>
        <source>Flytta koden %1</source>
        <translation>Move code %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="196"/>
        <source>Slå ihop %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="197"/>
        <source>Ta bort koden %1</source>
        <translation>Delete code %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="198"/>
        <source>Läs in kodbok från %1</source>
        <translation>Import codebook from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="199"/>
        <source>Beslut: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="200"/>
        <source>Ta bort beslutet</source>
        <translation>Remove the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="201"/>
        <source>Starta utkast</source>
        <translation>Start draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="202"/>
        <source>Släng utkastet</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="203"/>
        <source>Ändra utkastets titel</source>
        <translation>Change the draft&apos;s title</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="204"/>
        <source>Ta formulering från %1</source>
        <translation>Take wording from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="205"/>
        <source>Ingen formulering</source>
        <translation>No wording</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="206"/>
        <source>Skriv om klausul</source>
        <translation>Reword clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="207"/>
        <location filename="../../app/ui/wording.py" line="320"/>
        <source>Ny klausul</source>
        <translation>New clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="208"/>
        <source>Ta bort ur utkastet</source>
        <translation>Remove from the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="209"/>
        <source>Flytta i utkastet</source>
        <translation>Move in the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="210"/>
        <source>Byt nivå</source>
        <translation>Change level</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="211"/>
        <source>Byt klausultyp</source>
        <translation>Change clause kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="212"/>
        <source>Spara version %1</source>
        <translation>Record version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="213"/>
        <source>Återställ version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="214"/>
        <source>Läs in %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="215"/>
        <source>Godta förslag</source>
        <translation>Accept proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="216"/>
        <source>Avslå förslag</source>
        <translation>Reject proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="227"/>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="228"/>
        <source>Beslutad</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="229"/>
        <source>Vilande</source>
        <translation>Parked</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="236"/>
        <source>Markera en klausul i vardera av två dokument (Ctrl+klick) och länka dem.</source>
        <translation>Select one clause in each of two documents (Ctrl+click) and link them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="238"/>
        <source>Klausulerna står redan på samma rad</source>
        <translation>The clauses are already in the same row</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="240"/>
        <source>Markera den klausul som inte hör till raden.</source>
        <translation>Select the clause that does not belong in the row.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="242"/>
        <source>Raden har ingen klausul i basdokumentet.</source>
        <translation>The row has no clause in the base document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="244"/>
        <source>De markerade klausulerna har inga handlänkar: de paras redan automatiskt.</source>
        <translation>The selected clauses have no hand links: they are already paired automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="253"/>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="254"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="255"/>
        <source>Ansvar</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="263"/>
        <source>ska (åtagande)</source>
        <translation>ska (must)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="264"/>
        <source>bör (rekommendation)</source>
        <translation>bör (should)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="265"/>
        <source>kan (möjlighet)</source>
        <translation>kan (may)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="272"/>
        <source>Koden finns inte längre.</source>
        <translation>The code no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="273"/>
        <source>En kod måste ha ett namn.</source>
        <translation>A code needs a name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="274"/>
        <source>Välj en annan kod att slå ihop med.</source>
        <translation>Choose another code to merge with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="275"/>
        <source>Koder kan bara slås ihop eller flyttas inom samma facett.</source>
        <translation>Codes can only be merged or moved within one facet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="277"/>
        <source>En kod kan inte flyttas in under sig själv.</source>
        <translation>A code cannot be moved under itself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="279"/>
        <source>Färgen måste skrivas #rrggbb.</source>
        <translation>Write the colour as #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="287"/>
        <source>Projektet har inget utkast ännu: starta det under Utkast.</source>
        <translation>The project has no draft yet: start it under Draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="289"/>
        <source>Dokumentet har ingen klausul på den raden.</source>
        <translation>The document has no clause in that row.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="291"/>
        <source>Utkastet har inget från raden.</source>
        <translation>The draft has nothing from the row.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="292"/>
        <source>Klausulen finns inte i utkastet.</source>
        <translation>The clause is not in the draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="293"/>
        <source>Ingenting att ändra</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="294"/>
        <source>En klausul behöver text.</source>
        <translation>A clause needs text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="302"/>
        <source>Egen text från arbetsgruppen</source>
        <translation>The working group&apos;s own text</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="303"/>
        <source>Från %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="309"/>
        <source>punkt %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="313"/>
        <source>%1 (bearbetad)</source>
        <translation>%1 (reworded)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="318"/>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="319"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="321"/>
        <source>Struken klausul</source>
        <translation>Struck clause</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="328"/>
        <source>öppet</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="329"/>
        <source>godtaget</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="330"/>
        <source>avslaget</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="59"/>
        <source>Täckning och luckor</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="67"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="70"/>
        <source>&amp;Workshopläge (projektor)</source>
        <translation>&amp;Workshop mode (projector)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="73"/>
        <source>&amp;Beslut om raden…</source>
        <translation>&amp;Decision on the row…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="75"/>
        <source>&amp;Ta bort radens beslut</source>
        <translation>&amp;Remove the row&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="77"/>
        <source>&amp;Filtrera rader på beslut…</source>
        <translation>&amp;Filter rows by decision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="79"/>
        <source>Täckning och &amp;luckor</source>
        <translation>Coverage and &amp;gaps</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="81"/>
        <source>&amp;Exportera täckning, taggar och beslut…</source>
        <translation>&amp;Export coverage, tags and decisions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="155"/>
        <source>Alla rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="155"/>
        <source>Rader som väntar på beslut</source>
        <translation>Rows waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="157"/>
        <source>Filtrera på beslut</source>
        <translation>Filter by decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/menu.py" line="158"/>
        <source>Visa:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="50"/>
        <source>Klausul – workshopläge</source>
        <translation>Klausul – workshop mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="127"/>
        <source>PgDn/PgUp rad · ←/→ version · bokstav: tagga · Ctrl+1/2/3 facett · F2 otaggad · F3 omstridd · F4 obeslutad (Shift: bakåt) · Enter beslut · Ctrl+Z ångra · B svart skärm · Esc avsluta</source>
        <translation>PgDn/PgUp row · ←/→ version · letter: tag · Ctrl+1/2/3 facet · F2 untagged · F3 contested · F4 undecided (Shift: backwards) · Enter decision · Ctrl+Z undo · B blank screen · Esc leave</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="163"/>
        <source>%1 av %2 rader taggade, %3 omstridda</source>
        <translation>%1 of %2 rows tagged, %3 contested</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="176"/>
        <source>Inga rader att visa</source>
        <translation>No rows to show</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="205"/>
        <source>Rad %1 av %2</source>
        <translation>Row %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="210"/>
        <source>⚠ omstridd</source>
        <translation>⚠ contested</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="225"/>
        <source>Inget beslut ännu – Enter för att besluta</source>
        <translation>No decision yet – Enter to decide</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="230"/>
        <source>Beslut: %1 – %2 (%3, %4)</source>
        <translation>Decision: %1 – %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="249"/>
        <source>hela raden</source>
        <translation>the whole row</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="251"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="324"/>
        <source>Sista raden</source>
        <translation>Last row</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="324"/>
        <source>Första raden</source>
        <translation>First row</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="329"/>
        <source>Inga fler otaggade rader</source>
        <translation>No more untagged rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="330"/>
        <source>Inga omstridda rader</source>
        <translation>No contested rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop/window.py" line="331"/>
        <source>Inga fler obeslutade rader</source>
        <translation>No more undecided rows</translation>
    </message>
</context>
</TS>
