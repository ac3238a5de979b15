# language: de
Funktionalität: Module je Installation ein- und ausschalten
  Jeder Träger schaltet nur die Module ein, die er braucht.
  Ausgeschaltete Module verschwinden aus Menü und Adressen; ihre Daten bleiben.

  Szenario: Die Geldleistung einschalten und wieder ausschalten
    Angenommen die Administration ist angemeldet
    Und das Menü enthält keinen Eintrag "Geldleistung"
    Wenn die Administration das Modul "payments" aktiviert
    Dann enthält das Menü den Eintrag "Geldleistung"
    Und die Seite "/payments/" ist erreichbar
    Wenn die Administration das Modul "payments" deaktiviert
    Dann enthält das Menü keinen Eintrag "Geldleistung"
    Und die Seite "/payments/" gibt es nicht
