# language: de
Funktionalität: Elternbefragung mit Auswertung je Bereich
  Alle Familien erhalten eine Einladung mit Code; geantwortet wird anonym mit Schulnoten in den
  fünf GiSS-Bereichen und freiem Text. Ausgewertet wird je Bereich mit Rücklaufquote – aber
  erst ab einer Mindestzahl von Antworten, damit keine Familie erkennbar ist.

  Hintergrund:
    Angenommen das Modul Elternbeirat ist aktiv
    Und 6 Familien mit je einem Kind, abwechselnd bei "Jana Wolf" und "Olga Esser"
    Und die Fachberatung ist angemeldet

  Szenario: Befragung, Antworten, Schutz kleiner Gruppen und Bericht
    Wenn die Fachberatung die Elternbefragung "Elternbefragung 2026" ab heute für 28 Tage mit Mindestzahl 5 anlegt
    Und die Fachberatung die Codes erzeugt und die Einladungen druckt
    Dann enthält das PDF 6 Briefe mit je einem eigenen Code
    Wenn 4 Familien alle Bereiche mit Note 2 bewerten
    Dann zeigt die Auswertung "Noch keine Auswertung: Es liegen weniger als 5 Antworten vor."
    Wenn eine weitere Familie alle Bereiche mit Note 5 bewertet und "Mehr Elternabende, bitte." schreibt
    Dann zeigt die Auswertung 5 Antworten, Rücklauf "83,3 %" und für "Zuverlässigkeit" den Durchschnitt "2,6"
    Und zeigt die Auswertung die Anmerkung "Mehr Elternabende, bitte."
    Und enthält der Bericht (PDF) "Auswertung: Elternbefragung 2026", "Rücklauf 83,3 %" und "Zuverlässigkeit 10 2,6"
    Wenn dieselbe Familie mit ihrem Code noch einmal antwortet
    Dann sagt die Seite "Code: Mit diesem Code wurde schon geantwortet."
    Und sind es weiterhin 5 Antworten
