<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="49"/>
        <source>Lika</source>
        <translation>Identical</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="49"/>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="50"/>
        <source>Flyttad</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="50"/>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="51"/>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="51"/>
        <source>Delad</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="139"/>
        <source>%1 (bas)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_model.py" line="160"/>
        <source>Likhet %1</source>
        <translation>Similarity %1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../app/ui/comparison_view.py" line="163"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_view.py" line="164"/>
        <source>En rad per grupp av motsvarande klausuler, en kolumn per dokument</source>
        <translation>One row per group of corresponding clauses, one column per document</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/ui/side_panels.py" line="30"/>
        <source>Klausuldetaljer</source>
        <translation>Clause details</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="35"/>
        <source>rubrik</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="35"/>
        <location filename="../../app/ui/side_panels.py" line="46"/>
        <source>stycke</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="36"/>
        <source>listpunkt</source>
        <translation>list item</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="36"/>
        <source>tabellcell</source>
        <translation>table cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="43"/>
        <source>rad</source>
        <comment>table row</comment>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="44"/>
        <source>rad</source>
        <comment>line of a text file</comment>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="45"/>
        <source>tabell</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="45"/>
        <source>sida</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="46"/>
        <source>kol</source>
        <translation>col.</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="50"/>
        <source>Markera en klausul för att se detaljer.</source>
        <translation>Select a clause to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="56"/>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="56"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="56"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="57"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="57"/>
        <source>Inledning</source>
        <translation>Lead-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="58"/>
        <source>Jämfört med</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="73"/>
        <source>Infogat</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="73"/>
        <source>Raderat</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="20"/>
        <source>Projektet är redan öppet</source>
        <translation>Project Already Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21"/>
        <source>%1 är öppet för redigering av %2.</source>
        <translation>%1 is open for editing by %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="24"/>
        <source>Du kan öppna det skrivskyddat eller arbeta i en kopia.</source>
        <translation>You can open it read-only or work on a copy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="26"/>
        <source>Öppna skrivskyddat</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="27"/>
        <source>Öppna en kopia</source>
        <translation>Open a Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Återställ osparat arbete</source>
        <translation>Restore Unsaved Work</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="42"/>
        <source>Klausul avslutades utan att spara %1. Vill du återställa de osparade ändringarna?</source>
        <translation>Klausul closed without saving %1. Do you want to restore the unsaved changes?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="54"/>
        <source>Vill du spara ändringarna i %1?</source>
        <translation>Do you want to save the changes to %1?</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="47"/>
        <source>Annan regions överenskommelse</source>
        <translation>Other region&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="48"/>
        <source>Vårt utkast</source>
        <translation>Our draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="49"/>
        <source>Vår nuvarande överenskommelse</source>
        <translation>Our current agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="69"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="69"/>
        <source>Län/region</source>
        <translation>County/region</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="69"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="70"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="153"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="166"/>
        <source>&amp;Lägg till dokument…</source>
        <translation>&amp;Add Documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="167"/>
        <source>Lägg till dokument</source>
        <translation>Add Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="170"/>
        <source>Importförlopp</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_panel.py" line="172"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../app/ui/history.py" line="62"/>
        <source>Projektet är öppnat skrivskyddat</source>
        <translation>The project is open read-only</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../app/ui/history.py" line="14"/>
        <source>Ta bort dokument</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="15"/>
        <source>Ändra dokumentuppgifter</source>
        <translation>Edit document details</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="16"/>
        <source>Byt basdokument</source>
        <translation>Change base document</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="17"/>
        <source>Dölj dokument</source>
        <translation>Hide document</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="18"/>
        <source>Visa dokument</source>
        <translation>Show document</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="19"/>
        <source>Länka klausuler</source>
        <translation>Link clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="20"/>
        <source>Ta bort länk</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="21"/>
        <source>Lås raden</source>
        <translation>Pin row</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="28"/>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>Sök i klausuler (Enter = nästa träff)</source>
        <translation>Search clauses (Enter = next match)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Sök</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>&amp;Nytt projekt</source>
        <translation>&amp;New Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>Öppna &amp;senaste</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Spara &amp;som…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;Lägg till dokument…</source>
        <translation>&amp;Add Documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;Sök…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>&amp;Nästa skillnad</source>
        <translation>&amp;Next Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Föregående skillnad</source>
        <translation>&amp;Previous Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Visa &amp;bara skillnader</source>
        <translation>Show &amp;Only Differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Välj &amp;basdokument…</source>
        <translation>Choose &amp;Base Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Dölj eller visa dokument…</source>
        <translation>&amp;Hide or Show Document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Jämförelse</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Länka markerade klausuler</source>
        <translation>&amp;Link Selected Clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;Ta bort länk</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>Lås &amp;raden</source>
        <translation>&amp;Pin Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>Namnlöst projekt</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>(skrivskyddat)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>Klausul</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>Öppna projekt</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Klausul-projekt (*.klausul)</source>
        <translation>Klausul projects (*.klausul)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="303"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>Spara projekt</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355"/>
        <source>Lägg till dokument</source>
        <translation>Add Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>Överenskommelser (*.docx *.pdf *.odt *.txt *.md *.html *.htm);;Alla filer (*)</source>
        <translation>Agreements (*.docx *.pdf *.odt *.txt *.md *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Projektet är öppnat skrivskyddat</source>
        <translation>The project is open read-only</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>Importerade %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="444"/>
        <source>Inga fler skillnader</source>
        <translation>No more differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453"/>
        <source>Inga tidigare skillnader</source>
        <translation>No earlier differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>Ingen träff</source>
        <translation>No match</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Markera en klausul i vardera av två dokument (Ctrl+klick) och länka dem.</source>
        <translation>Select one clause in each of two documents (Ctrl+click) and link them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="511"/>
        <source>Klausulerna står redan på samma rad</source>
        <translation>The clauses are already in the same row</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527"/>
        <source>Markera den klausul som inte hör till raden.</source>
        <translation>Select the clause that does not belong in the row.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>Raden har ingen klausul i basdokumentet.</source>
        <translation>The row has no clause in the base document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="541"/>
        <source>Markera en rad först.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>Raden har bara en klausul: inget att låsa</source>
        <translation>The row has only one clause: nothing to pin</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="559"/>
        <source>Basdokument</source>
        <translation>Base Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="560"/>
        <source>Jämför mot:</source>
        <translation>Compare against:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="569"/>
        <source>%1 (dold)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="569"/>
        <source>%1 (visas)</source>
        <translation>%1 (shown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>Dölj eller visa</source>
        <translation>Hide or Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="573"/>
        <source>Dokument:</source>
        <translation>Document:</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../app/ui/side_panels.py" line="90"/>
        <source>Rubriker</source>
        <translation>Headings</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../app/ui/side_panels.py" line="127"/>
        <source>Översikt över skillnader</source>
        <translation>Overview of differences</translation>
    </message>
    <message>
        <location filename="../../app/ui/side_panels.py" line="128"/>
        <source>Var skillnaderna finns: klicka för att gå dit</source>
        <translation>Where the differences are: click to go there</translation>
    </message>
</context>
</TS>
