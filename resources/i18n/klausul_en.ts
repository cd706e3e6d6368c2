<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionBuilder</name>
    <message>
        <location filename="../../app/ui/actions.py" line="69"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="70"/>
        <source>&amp;Nytt projekt</source>
        <translation>&amp;New Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="72"/>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74"/>
        <source>Öppna &amp;senaste</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>Spara &amp;som…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>&amp;Lägg till dokument…</source>
        <translation>&amp;Add Documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95"/>
        <source>&amp;Sök…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="97"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="98"/>
        <source>&amp;Nästa skillnad</source>
        <translation>&amp;Next Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="99"/>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="100"/>
        <source>&amp;Föregående skillnad</source>
        <translation>&amp;Previous Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="102"/>
        <source>Föregående</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="103"/>
        <source>Visa &amp;bara skillnader</source>
        <translation>Show &amp;Only Differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="104"/>
        <source>Bara skillnader</source>
        <translation>Only differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="108"/>
        <source>Välj &amp;basdokument…</source>
        <translation>Choose &amp;Base Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="110"/>
        <source>&amp;Dölj eller visa dokument…</source>
        <translation>&amp;Hide or Show Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="113"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116"/>
        <source>S&amp;pråk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120"/>
        <source>&amp;Jämförelse</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="121"/>
        <source>&amp;Länka markerade klausuler</source>
        <translation>&amp;Link Selected Clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="122"/>
        <source>Länka</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="123"/>
        <source>&amp;Ta bort länk</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124"/>
        <source>Ta bort länk</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="125"/>
        <source>Lås &amp;raden</source>
        <translation>&amp;Pin Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127"/>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="136"/>
        <source>Jämförelsen avbröts: raderna visar läget före ändringen</source>
        <translation>Comparison cancelled: the rows show the state before the change</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="199"/>
        <source>Inga fler skillnader</source>
        <translation>No more differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="208"/>
        <source>Inga tidigare skillnader</source>
        <translation>No earlier differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="226"/>
        <source>Ingen träff</source>
        <translation>No match</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="285"/>
        <source>Markera en rad först.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/controller.py" line="290"/>
        <source>Raden har bara en klausul: inget att låsa</source>
        <translation>The row has only one clause: nothing to pin</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="134"/>
        <source>%1 (bas)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/model.py" line="155"/>
        <source>Likhet %1</source>
        <translation>Similarity %1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../app/ui/comparison/view.py" line="170"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/view.py" line="171"/>
        <source>En rad per grupp av motsvarande klausuler, en kolumn per dokument</source>
        <translation>One row per group of corresponding clauses, one column per document</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="21"/>
        <source>Klausuldetaljer</source>
        <translation>Clause details</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="35"/>
        <source>Markera en klausul för att se detaljer.</source>
        <translation>Select a clause to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="41"/>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="41"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="41"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="42"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="42"/>
        <source>Inledning</source>
        <translation>Lead-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="43"/>
        <source>Jämfört med</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="58"/>
        <source>Infogat</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/detail_panel.py" line="58"/>
        <source>Raderat</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="22"/>
        <source>Projektet är redan öppet</source>
        <translation>Project Already Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="23"/>
        <source>%1 är öppet för redigering av %2.</source>
        <translation>%1 is open for editing by %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="26"/>
        <source>Du kan öppna det skrivskyddat eller arbeta i en kopia.</source>
        <translation>You can open it read-only or work on a copy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="28"/>
        <source>Öppna skrivskyddat</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="29"/>
        <source>Öppna en kopia</source>
        <translation>Open a Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="43"/>
        <source>Återställ osparat arbete</source>
        <translation>Restore Unsaved Work</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="44"/>
        <source>Klausul avslutades utan att spara %1. Vill du återställa de osparade ändringarna?</source>
        <translation>Klausul closed without saving %1. Do you want to restore the unsaved changes?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="56"/>
        <source>Namnlöst projekt</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="59"/>
        <source>%1 (ändrat %2)</source>
        <translation>%1 (changed %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="66"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/questions.py" line="67"/>
        <source>Vill du spara ändringarna i %1?</source>
        <translation>Do you want to save the changes to %1?</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="55"/>
        <source>Annan regions överenskommelse</source>
        <translation>Other region&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="56"/>
        <source>Vårt utkast</source>
        <translation>Our draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="57"/>
        <source>Vår nuvarande överenskommelse</source>
        <translation>Our current agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="77"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="77"/>
        <source>Län/region</source>
        <translation>County/region</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="77"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="78"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="96"/>
        <source>%1 (%2, %3 klausuler)</source>
        <translation>%1 (%2, %3 clauses)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="162"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="175"/>
        <source>&amp;Lägg till dokument…</source>
        <translation>&amp;Add Documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="176"/>
        <source>Lägg till dokument</source>
        <translation>Add Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="179"/>
        <source>Importförlopp</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/panel.py" line="181"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/imports.py" line="63"/>
        <source>Importerade %1</source>
        <translation>Imported %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Sök i klausuler (Enter = nästa träff)</source>
        <translation>Search clauses (Enter = next match)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Sök</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Jämför dokumenten</source>
        <translation>Comparing the documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Jämför dokumenten…</source>
        <translation>Comparing the documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>Överenskommelser %1;;Alla filer (*)</source>
        <translation>Agreements %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Klausul</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>Lägg till dokument</source>
        <translation>Add Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Basdokument</source>
        <translation>Base Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Jämför mot:</source>
        <translation>Compare against:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>%1 (dold)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>%1 (visas)</source>
        <translation>%1 (shown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>Dölj eller visa</source>
        <translation>Hide or Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>Dokument:</source>
        <translation>Document:</translation>
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
        <location filename="../../app/ui/comparison/overview_strip.py" line="21"/>
        <source>Översikt över skillnader</source>
        <translation>Overview of differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison/overview_strip.py" line="22"/>
        <source>Var skillnaderna finns: klicka för att gå dit</source>
        <translation>Where the differences are: click to go there</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../app/ui/project_files.py" line="54"/>
        <source>Namnlöst projekt</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="62"/>
        <source>(skrivskyddat)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="85"/>
        <source>Öppna projekt</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="86"/>
        <location filename="../../app/ui/project_files.py" line="119"/>
        <source>Klausul-projekt (*.klausul)</source>
        <translation>Klausul projects (*.klausul)</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="118"/>
        <source>Spara projekt</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="135"/>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/project_files.py" line="159"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/ui/wording.py" line="27"/>
        <source>Lika</source>
        <translation>Identical</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="28"/>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="29"/>
        <source>Flyttad</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="30"/>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="31"/>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="32"/>
        <source>Delad/sammanslagen</source>
        <translation>Split/merged</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="40"/>
        <source>rubrik</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="41"/>
        <source>stycke</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="42"/>
        <source>listpunkt</source>
        <translation>list item</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="43"/>
        <source>tabellcell</source>
        <translation>table cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="53"/>
        <source>tabell %1, rad %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="55"/>
        <source>sida %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="56"/>
        <source>stycke %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="57"/>
        <source>rad %1</source>
        <comment>line of a text file</comment>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="64"/>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="65"/>
        <source>Ta bort %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="66"/>
        <source>Ändra dokumentuppgifter</source>
        <translation>Edit document details</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="67"/>
        <source>Dölj %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="68"/>
        <source>Visa %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="69"/>
        <source>Byt basdokument</source>
        <translation>Change base document</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="70"/>
        <source>Ändra inställning</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="71"/>
        <source>Länka klausuler</source>
        <translation>Link clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="72"/>
        <source>Ta bort länk</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="73"/>
        <source>Lås raden</source>
        <translation>Pin row</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="81"/>
        <source>Markera en klausul i vardera av två dokument (Ctrl+klick) och länka dem.</source>
        <translation>Select one clause in each of two documents (Ctrl+click) and link them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="83"/>
        <source>Klausulerna står redan på samma rad</source>
        <translation>The clauses are already in the same row</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="85"/>
        <source>Markera den klausul som inte hör till raden.</source>
        <translation>Select the clause that does not belong in the row.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="87"/>
        <source>Raden har ingen klausul i basdokumentet.</source>
        <translation>The row has no clause in the base document.</translation>
    </message>
</context>
</TS>
