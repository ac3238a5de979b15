# language: de
Funktionalität: Eingewöhnung einmal je Kind und Tagespflegeperson
  Die Eingewöhnung wird für ein Kind bezahlt, das neu zu dieser Tagespflegeperson kommt. Wird
  ein Vertrag wegen geänderter Stunden ersetzt oder kommt das Kind nach einer Pause zurück,
  gibt es sie nicht noch einmal – es sei denn, die Satztabelle zahlt sie nach einer Pause von
  mehr als einer Anzahl Wochen erneut (`again_after_weeks`).

  Szenario: Ein Kind kommt nach zwei Monaten Pause zurück und bringt keine neue Eingewöhnung
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) war bis 31.08.2026 bei ihr und kommt ab 01.11.2026 wieder, an 5 Tagen je 8 Stunden
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" keine Eingewöhnung
    Und erhält sie für "Mia" "Förderleistung (unter 3 Jahre, ab 300 UE)" 173,20 Std. × 5,45 € = 943,94 €

  Szenariogrundriss: Nach einer längeren Pause zahlt die Satztabelle die Eingewöhnung erneut
    Angenommen die Satztabelle "beispiel" zahlt die Eingewöhnung erneut nach mehr als <wochen> Wochen Pause
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) war bis 31.08.2026 bei ihr und kommt ab 01.11.2026 wieder, an 5 Tagen je 8 Stunden
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" <eingewöhnung>

    Beispiele: 61 Tage Pause
      | wochen | eingewöhnung                                                           |
      | 8      | "Eingewöhnung: Förderleistung" 20,00 Std. × 5,45 € = 109,00 €          |
      | 9      | keine Eingewöhnung                                                     |
