# language: de
Funktionalität: Umzug einer Fachstelle mit ihren Tabellen
  Keine Fachstelle fängt leer an. Sie bringt ihre Tabellen mit – Tagespflegepersonen,
  Kinder mit ihren Eltern, die Verträge – so unordentlich, wie sie über die Jahre geworden
  sind. Tagwerk liest die Spalten an ihren Überschriften, zeigt vorher, was es anlegen würde,
  übernimmt alles oder nichts und legt niemanden doppelt an.

  Hintergrund:
    Angenommen die Administration ist angemeldet
    Und eine Arbeitsmappe mit diesen Blättern:
      | Blatt               | Zeile                                                                                  |
      | Tagespflegepersonen | Name; Vorname; PLZ; Erlaubnisnummer; Erlaubnis bis; Plätze                             |
      | Tagespflegepersonen | Wolf; Anna; 59269; PE-17; 31.07.29; 5                                                  |
      | Kinder              | Nachname; Vorname; Geb.-Datum; PLZ; Elternteil 1 Vorname; Elternteil 1 Nachname; Farbe |
      | Kinder              | Wolfkind; Mia; 03.05.24; 59269; Eva; Wolfkind; blau                                    |
      | Kinder              | Yilmaz; Can; 31.02.23; 59269; Ayla; Yilmaz; grün                                       |
      | Verträge            | Kind Nachname; Kind Vorname; Kind Geburtsdatum; Erlaubnisnummer; Beginn; Stunden Mo    |
      | Verträge            | Wolfkind; Mia; 3.5.2024; PE-17; 01.08.2025; 8                                          |

  Szenario: Ein Fehler in der Datei hält alles zurück, die korrigierte Datei zieht ein
    Wenn die Administration die Arbeitsmappe hochlädt
    Dann zeigt die Vorschau "Kinder, Zeile 3, Spalte C (Geb.-Datum) „31.02.23“"
    Und die Vorschau zeigt die Spalte "Farbe" als "nicht übernommen"
    Und es gibt kein Kind "Mia Wolfkind"
    Wenn in der Arbeitsmappe auf dem Blatt "Kinder" "31.02.23" durch "28.02.23" ersetzt wird
    Und die Administration die Arbeitsmappe hochlädt
    Dann zeigt die Vorschau "6 neu angelegt, 2 verknüpft"
    Wenn die Administration die Übernahme bestätigt
    Dann meldet Tagwerk "Übernommen: umzug.xlsx"
    Und "Mia Wolfkind" wird von "Anna Wolf" ab dem "01.08.2025" betreut
    Und "Eva Wolfkind" ist sorgeberechtigt für "Mia Wolfkind"

  Szenario: Dieselbe Datei noch einmal legt nichts doppelt an
    Angenommen in der Arbeitsmappe auf dem Blatt "Kinder" wird "31.02.23" durch "28.02.23" ersetzt
    Und die Administration hat die Arbeitsmappe übernommen
    Wenn die Administration die Arbeitsmappe hochlädt
    Dann zeigt die Vorschau "6 schon vorhanden"
    Wenn die Administration die Übernahme bestätigt
    Dann gibt es genau ein Kind "Mia Wolfkind"
