# campaign-dash, auf Deutsch. Die Wörter wie bei Amnesty und Libereco:
# politische Gefangene, Untersuchungshaftanstalt, Strafkolonie, Petition,
# Mahnwache (docs/glossary.md).

tab-overview = Übersicht
tab-prisoners = Gefangene
tab-events = Aktionen
tab-statements = Erklärungen
tab-organisations = Organisationen
tab-petitions = Petitionen
tab-letters = Briefe
tab-agenda = Aufgaben

tab-short-overview = Übers.
tab-short-prisoners = Gefangene
tab-short-events = Aktionen
tab-short-petitions = Petit.
tab-short-letters = Briefe
tab-short-agenda = Aufgaben
tab-short-statements = Erklär.
tab-short-organisations = Orgs

day-today = heute
day-tomorrow = morgen
day-yesterday = gestern
days-in = in { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
days-ago = vor { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
days = { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

month-1 = Jan
month-2 = Feb
month-3 = Mär
month-4 = Apr
month-5 = Mai
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Dez

status-detained = in U-Haft
status-imprisoned = in Strafhaft
status-restricted = Freiheitsbeschränkung
status-released = freigelassen
status-deceased = verstorben

panel-figures = Zahlen
panel-attention = Zu erledigen
panel-next-events = Nächste Aktionen
panel-coming-up = Freilassungen und Geburtstage
panel-petitions = Petitionen
panel-events-per-month = Aktionen pro Monat
panel-events-per-month-from = Aktionen pro Monat, { $from } bis { $to }
panel-statements = Neueste Erklärungen
panel-changed = Geändert seit
panel-changed-since = Geändert seit { $label }
panel-fewest = Wenigste Briefe

figure-prisoners = Gefangene
figure-at-risk = { $total }, { $count } besonders gefährdet
figure-in-custody = Jetzt in Haft
figure-days-behind-bars = Tage in Haft
figure-days-combined = { $count } zusammen
figure-partial-arrests = höchstens: { $n ->
    [one] { $count } Festnahmedatum nur auf Monat oder Jahr bekannt
   *[other] { $count } Festnahmedaten nur auf Monat oder Jahr bekannt
}
figure-events = Aktionen
figure-events-past-upcoming = { $past } vorbei, { $upcoming } geplant
figure-countries = Länder erreicht
figure-statements = Erklärungen
figure-letters-30 = Briefe, 30 Tage
figure-letters-sent-received = { $sent } gesendet, { $received } erhalten
figure-no-letters = Noch keine Briefe
figure-prisoners-in-custody = { $n ->
    [one] { $count } Gefangene(r) in Haft
   *[other] { $count } Gefangene in Haft
}

overview-no-one-in-custody = Niemand ist in Haft.
overview-letters-fewest-first = Briefe der letzten { $days } Tage, die wenigsten zuerst:
overview-no-news = , seit { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
} ohne Nachricht
overview-nothing-due = Nichts überfällig oder diese Woche fällig.
overview-first-to-do = Zuerst zu tun
overview-no-upcoming = Keine kommenden Aktionen in der Datei.
overview-now = jetzt
overview-releases-none = Freilassungen in den nächsten 90 Tagen: keine
overview-releases = Freilassungen in den nächsten 90 Tagen
overview-estimate = , geschätzt
overview-birthdays-hidden = Geburtstage: { $note }
overview-birthdays-none = Geburtstage in den nächsten 30 Tagen: keine
overview-birthdays = Geburtstage in den nächsten 30 Tagen (Karte schicken)
overview-turns = { $name } wird { $age } ({ $when })
overview-nothing-changed = Nichts hinzugefügt oder geändert seit { $label }.
overview-added = { $count } hinzugefügt
overview-changed = { $count } geändert
overview-no-count-goal = noch nicht gezählt (Ziel { $goal })
overview-no-count = noch nicht gezählt, kein Ziel gesetzt
overview-signatures-no-goal = { $count } Unterschriften am { $date }, kein Ziel gesetzt
overview-signatures-of-goal = { $percent }%  { $count } von { $goal }
overview-no-petitions = Keine Petitionen in der Datei.
overview-more = und { $count } weitere im Reiter „{ $tab }“ ({ $number })
overview-not-shown = Nicht gezeigt, Fenster vergrößern: { $names }
overview-no-statements = Keine Erklärungen in der Datei.

group-overdue = Überfällig
group-this-week = Diese Woche
group-next-30 = Nächste 30 Tage
group-later = Später

agenda-events = { $n ->
    [one] { $count } Aktion
   *[other] { $count } Aktionen
}
agenda-birthdays = { $n ->
    [one] { $count } Geburtstagskarte
   *[other] { $count } Geburtstagskarten
}
agenda-releases = { $n ->
    [one] { $count } fällige Freilassung
   *[other] { $count } fällige Freilassungen
}
agenda-releases-overdue = { $n ->
    [one] { $count } überfällige Freilassung
   *[other] { $count } überfällige Freilassungen
}
agenda-anniversaries = { $n ->
    [one] { $count } Jahrestag
   *[other] { $count } Jahrestage
}
agenda-letters = { $n ->
    [one] { $count } Brief
   *[other] { $count } Briefe
}
agenda-checks = { $n ->
    [one] { $count } Prüfung
   *[other] { $count } Prüfungen
}
agenda-petitions = { $n ->
    [one] { $count } Petition
   *[other] { $count } Petitionen
}

today = Heute
today-counted = alle Zahlen auf diesen Tag gerechnet
today-source-flag = gesetzt mit --today
today-source-as-of = das as_of-Datum der Datei
today-source-system = das Systemdatum

hint-keep = behalten
hint-clear = leeren
hint-clear-line = Zeile leeren
hint-delete-word = Wort löschen
hint-choose = wählen
hint-open = öffnen
hint-filter = filtern
hint-tabs = Reiter
hint-help = Hilfe
hint-quit = beenden
hint-move = bewegen
hint-detail = Details
hint-sort = sortieren
hint-links = Links
hint-follow = folgen
hint-back = zurück
hint-list = Liste
hint-scroll = blättern
hint-a-letter = ein Buchstabe
hint-sorts = sortiert (Liste oben)
hint-cancel = abbrechen
hint-today = heute

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Übersicht: die Kampagne auf einen Blick
help-tab-prisoners = Gefangene
help-tab-events = Aktionen
help-tab-statements = Erklärungen
help-tab-organisations = Organisationen
help-tab-petitions = Petitionen
help-tab-letters = Briefe
help-tab-agenda = Aufgaben: was zu tun ist, bis wann
help-other-pane = zwischen Liste und Details
help-next-tab = nächster Reiter
help-prev-tab = voriger Reiter
help-down = nächste Zeile, nächster Link oder Eintrag
help-up = vorige Zeile, voriger Link oder Eintrag
help-page-down = eine Seite nach unten
help-page-up = eine Seite nach oben
help-top = erste Zeile (Anfang der Details)
help-bottom = letzte Zeile (Ende der Details)
help-open = Details, gewählten Link oder Eintrag öffnen
help-back = zurück zur Liste (schließt diese Hilfe)
help-go-back = den gefolgten Links zurück folgen
help-filter = Liste filtern (Wörter oder Feld:Wert; siehe docs/filter.md)
help-toggle-filter = Filter aus- und wieder einschalten
help-next-match = nächster Treffer (ohne Filter: in der ganzen Liste)
help-prev-match = voriger Treffer des Filters
help-sort = nach der nächsten Spalte sortieren (oder Spaltenkopf anklicken)
help-reverse-sort = Sortierung umkehren
help-present = Präsentationsmodus: Privates verbergen (Adressen, Notizen, ...)
help-reload = Datei neu lesen (geschieht beim Speichern von selbst)
help-edit = Datei in $VISUAL oder $EDITOR beim gewählten Eintrag öffnen (in Probleme: beim Problem)
help-copy = gewählten Eintrag als Text kopieren
help-copy-address = Anschrift für den Umschlag kopieren (jedes markierten)
help-log-letter = Brief an den Gefangenen eintragen (an jeden markierten)
help-checked = heutige Prüfung eintragen (jedes markierten)
help-agenda-act = Aufgaben: tun, worum der Eintrag bittet
help-mark = Gefangene(n) markieren oder Markierung lösen
help-mark-all = alle gezeigten markieren
help-clear-marks = Markierungen löschen
help-pick-random = eine(n) gezeigte(n) Gefangene(n) zufällig wählen
help-undo = letztes Schreiben rückgängig machen
help-snooze = Aufgaben: Eintrag auf einen Tag verschieben
help-problems = Fehler und Warnungen der Datei auflisten
help-suspend = in die Shell wechseln (fg kehrt zurück)
help-help = diese Hilfe zeigen oder verbergen
help-quit = beenden (in dieser Hilfe: schließen)
help-quit-now = beenden, von überall
help-zoom = dem gewählten Bereich (Liste oder Details) den ganzen Bildschirm geben und zurück
help-sort-by = nach einer Spalte sortieren: o, dann ihr Buchstabe (die Statuszeile zeigt sie; nochmals kehrt um)
help-edit-accept = Filter behalten
help-edit-cancel = Filter leeren
help-edit-next-field = nächstes Feld
help-edit-previous-field = voriges Feld
help-edit-left = Cursor nach links
help-edit-right = Cursor nach rechts
help-edit-home = Zeilenanfang
help-edit-end = Zeilenende
help-edit-backspace = links löschen
help-edit-delete = rechts löschen
help-edit-clear = Zeile leeren
help-edit-delete-word = Wort löschen
help-edit-quit = beenden

## The help overlay

help-title = Tasten
help-filter-line = In der Filterzeile und den Formularen:
help-marks = Gefangene: { $marks } (die Details sagen, was und warum); ● markiert.
help-mouse = Maus: Reiter, Zeile, Spaltenkopf (sortiert) oder Link (folgt) anklicken; das Rad blättert.
help-close = { $back }, { $help } oder { $quit } schließt diese Hilfe ({ $quit_now } beendet); { $down }, { $page }, { $top } blättern darin.
help-more-above = mehr oben
help-more-below = mehr unten
mark-risk = besonders gefährdet
mark-earlier = mit früheren Festnahmen
mark-estimate = Festnahmetag unbekannt

## The agenda's items

agenda-on-now = läuft, bis { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = Eintrag prüfen: zuletzt geprüft { $date }
agenda-check-never = Eintrag prüfen: nie geprüft
agenda-place-takes = { $place }: die Post braucht { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
agenda-post-takes = die Post braucht { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
agenda-card-by = Geburtstagskarte schicken bis { $by }: wird { $age } am { $birthday }; { $takes }
agenda-card-late = Geburtstagskarte spät: heute schicken: wird { $age } am { $birthday }; { $takes }
agenda-card-late-calendar = Geburtstagskarte spät (schicken bis { $by }): wird { $age } am { $birthday }; { $takes }
agenda-estimate = (geschätzt)
agenda-due-out = Freilassung { $date }{ $estimate }
agenda-due-out-from = Freilassung { $date }, aus { $place }{ $estimate }
agenda-find-address = Postanschrift finden: keine eingetragen
agenda-overdue = Freilassung war fällig am { $due }{ $estimate }, vor { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}: auf eine neue Anklage prüfen oder den Eintrag aktualisieren
agenda-overdue-calendar = Freilassung war fällig am { $due }{ $estimate }: auf eine neue Anklage prüfen oder den Eintrag aktualisieren
agenda-years-since-arrest = { $n ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
} seit der Festnahme am { $arrested }
agenda-days-behind-bars = { $count } Tage in Haft
agenda-days-behind-bars-earlier = { $count } Tage in Haft, frühere Festnahmen mitgezählt
agenda-write-last = einen Brief schreiben: der letzte ging am { $sent }
agenda-write-since-start = einen Brief schreiben: keiner seit dem Beginn der Kampagne am { $started }
agenda-write-since-arrest = einen Brief schreiben: keiner seit der Festnahme am { $arrested }
agenda-write-none = einen Brief schreiben: noch keiner gesendet
agenda-returned = Anschrift prüfen: ein Brief kam am { $back } zurück
agenda-moved = an die neue Anschrift schreiben: verlegt nach { $place } am { $since }
agenda-of-goal = { $count } von { $goal }
agenda-signatures-after = : { $count } Unterschriften
agenda-closes = endet { $when }{ $count }
agenda-closes-on = endet am { $closed }{ $count }
agenda-goal-reached = Ziel erreicht am { $date } ({ $count } Unterschriften): übergeben
agenda-count-last = Zählung eintragen: die letzte war am { $date }
agenda-count-none = Zählung eintragen: keine seit der Eröffnung am { $since }
agenda-snoozed = verschoben bis { $until }
agenda-snoozed-note = verschoben bis { $until }: { $note }
agenda-head = Heute { $today }, bis { $last }: { $count } · { $open } öffnet · { $filter } filtert
agenda-head-items = { $n ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } verschobene Aufgabe
   *[other] { $count } verschobene Aufgaben
}
agenda-head-of = { $shown } von { $total }
agenda-head-and-snoozed = { $count } · { $snoozed } verschoben
agenda-preparing = Die Suche für den Filter wird vorbereitet: die Aufgaben folgen gleich.
agenda-no-match = Keine Aufgabe passt zum Filter.
agenda-nothing = Nichts zu tun in den nächsten { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}.

## The lists' columns (English: src/table.rs)

column-name = Name
column-status = Status
column-org = Org.
column-detained = Festgen.
column-days-held = Tage
column-due = Freilassung
column-sentence = Urteil
column-facility = Haftort
column-events = Aktionen
column-stmts = Erklär.
column-no-news = Ohne Nachr.
column-sent = Gesendet
column-last-sent = Zuletzt
column-in-90d = In 90 T.
column-unwritten = Ungeschr.
column-risk = Gefahr
column-checked = Geprüft
column-date = Datum
column-kind = Art
column-title = Titel
column-city = Stadt
column-country = Land
column-author = Autor
column-text = Text
column-short = Kurz
column-members = Mitglieder
column-host = Plattform
column-latest = Zuletzt
column-goal = Ziel
column-progress = Fortschritt
column-prisoner = Gefangene(r)
column-direction = Richtung
column-count = Anzahl
column-channel = Weg
column-event = Aktion
column-when = Wann

## The detail pane

detail-title = Details
detail-title-links = Details ({ $down } Links, { $open } folgen)
detail-title-scroll = Details ({ $down } blättern, { $back } zurück)
detail-title-focus = Details ({ $pane } oder { $open }: Fokus)

## Die Einzelheiten: Überschriften, Hinweise und Berechnetes; Zeilenbeschriftungen (field-…)

field-address = Adresse
field-aliases = andere Namen
field-attendance = Teilnehmende
field-author = Urheber
field-born = geboren
field-by = wer
field-channel = Weg
field-charges = Paragrafen
field-checked = geprüft
field-city = Stadt
field-closed = geschlossen
field-count = Anzahl
field-country = Land
field-date = Datum
field-days-held = Tage in Haft
field-delivered = übergeben
field-detained = festgenommen
field-direction = Richtung
field-event = Aktion
field-facility = Anstalt
field-goal = Ziel
field-host = Plattform
field-id = id
field-interests = Interessen
field-kind = Art
field-language = Sprache
field-latest-count = letzter Stand
field-letters = Briefe
field-letters-there = Briefe dorthin
field-no-news = ohne Nachricht
field-notes = Notizen
field-opened = eröffnet
field-organisation = Organisation
field-organisations = Organisationen
field-postal-name = Name für Post
field-prisoner = Gefangene(r)
field-prisoners = Gefangene
field-progress = Fortschritt
field-reads = liest
field-release-due = Haftende
field-released = freigelassen
field-released-how = wie frei
field-risk = Gefährdung
field-role = Rolle
field-sentence = Urteil
field-sentence-months = Haft, Monate
field-sentenced = verurteilt
field-short = Kürzel
field-source = Quelle
field-sources = Quellen
field-sponsors = Paten
field-status = Status
field-summary = Kurz gesagt
field-time = Uhrzeit
field-translation-english = Übersetzung (Englisch)
field-url = Link
field-venue = Ort

detail-timeline = Verlauf
detail-letters = Briefe
detail-events-naming = Aktionen, die ihn oder sie nennen
detail-statements-naming = Erklärungen, die ihn oder sie nennen
detail-organisations = Organisationen
detail-prisoners-demanded = Gefangene, deren Freiheit gefordert wurde
detail-letters-written-here = Hier geschriebene Briefe
detail-statements-at-event = Erklärungen bei der Aktion
detail-text = Text
detail-member-prisoners = Gefangene unter den Mitgliedern
detail-events = Aktionen
detail-statements = Erklärungen
detail-petitions-hosted = Petitionen auf der Plattform
detail-tallies = Zählungen
detail-none-recorded = nichts erfasst
detail-none-named = niemand genannt
detail-none-listed = niemand verzeichnet
detail-none = keine
detail-no-tallies = keine Zählungen erfasst
detail-no-news-since-letter = seit dem letzten erhaltenen Brief, { $date }
detail-no-news-since-arrest = seit der Festnahme: kein Brief erhalten
detail-no-news = { $days }, { $since }
detail-turns = wird { $age } am { $date }, { $when }
detail-aged-60 = { $tag } (60 Jahre oder älter)
detail-held-combined-now = { $days }, { $arrests } Festnahmen zusammen; diese bisher { $this }, Stand { $today }
detail-held-combined = { $days }, { $arrests } Festnahmen zusammen; die letzte { $this }
detail-held-now = { $days } bisher, Stand { $today }
detail-held = { $days } in Haft
detail-held-estimate = ~: eine Festnahme, nur auf Monat oder Jahr bekannt, ab deren erstem Tag gezählt
detail-held-unknown = unbekannt (kein Festnahme- oder Freilassungsdatum)
detail-due-estimate = geschätzt: Festnahme + Monate der Strafe
detail-letter-takes = ein Brief braucht { $days }
detail-event-past = vorbei, { $when }
detail-event-now = läuft gerade
detail-event-upcoming = bevorstehend, { $when }
detail-upcoming = bevorstehend
detail-about = etwa { $count }
detail-none-set = keins gesetzt
detail-signatures-on = { $n ->
    [one] { $count } Unterschrift am { $date }
   *[other] { $count } Unterschriften am { $date }
}
detail-no-count = noch kein Stand
detail-of-goal = { $percent } % des Ziels
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] Brief an
        [received] Brief von
       *[returned] Zurückgekommen: Brief an
    }
   *[other] { $way ->
        [sent] { $count } Briefe oder Karten an
        [received] { $count } Briefe oder Karten von
       *[returned] Zurückgekommen: { $count } Briefe an
    }
} { $name }
detail-no-such-prisoner = { $name } (kein Gefangener hat diese id)

dates-from-to = { $from } bis { $to }
timeline-earlier = frühere Festnahme, { $days } in Haft
timeline-earlier-kind = frühere Festnahme ({ $kind }), { $days } in Haft
timeline-sentence = Urteil: { $sentence }
timeline-arrested = festgenommen
timeline-so-far = { $days } bis heute
timeline-address = Adresse: { $address }
timeline-verdict = Urteil
timeline-release-due = Haftende
timeline-estimate = geschätzt
timeline-released = freigelassen
letter-sent = gesendet
letter-received = erhalten
letter-returned = zurück
letter-by-post = per Post
letter-by-courier = per Kurier
letter-in-parcel = im Paket
letter-online = online
letter-by-other = auf anderem Weg
letter-from = von { $name }
letter-to = an { $name }
letters-sent = { $count } gesendet
letters-received = { $count } erhalten
letters-returned = { $count } zurück
letters-last = { $what } (zuletzt { $date })

list-filter = Filter: { $query }
list-preparing = { $what ->
    [filter] Filter wird vorbereitet…
    [sort] Sortierung wird vorbereitet…
   *[both] Filter und Sortierung werden vorbereitet…
}
list-shown-of = { $shown } von { $total }
list-unfinished = unvollständig
list-filter-off = Filter aus: { $query }, { $n ->
    [one] { $count } Treffer
   *[other] { $count } Treffer
} ({ $on }: an, { $jump }: springen)
list-sort-by = nach { $column }
list-empty = Diese Datei enthält keine Einträge dieser Art.
list-preparing-search = Die Suche in { $count } Einträgen wird vorbereitet: die Zeilen folgen gleich. Die Tasten gehen schon.
list-no-match = Nichts passt zum Filter `{ $filter }`{ $which ->
    [last] {" "}(dem letzten ohne Fehler)
   *[typed] {""}
}. { $change } ändert ihn, { $clear } in der Filterzeile leert ihn.
detail-lines = Zeilen { $from }-{ $to } von { $total }
detail-nothing-selected = Nichts ausgewählt.
filter-prompt = Filter
filter-finding = Treffer unter { $total } werden gesucht…
filter-clears = { $key } leert
filter-keeps = { $key } behält

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = der Name, einer der anderen Namen oder der Name für die Post
filter-prisoner-status = detained, imprisoned, restricted, released oder deceased
filter-prisoner-org = der Name oder Kurzname einer Organisation
filter-prisoner-role = die Rolle, z. B. president
filter-prisoner-charge = einer der Anklagepunkte
filter-prisoner-facility = der Haftort, z. B. die Strafkolonie
filter-prisoner-sentence = die Strafe wie eingetragen, z. B. "9 years"
filter-prisoner-notes = die Notizen und die Umstände der Freilassung
filter-prisoner-interest = worüber die Person gern Briefe bekommt
filter-prisoner-sponsor = einer der Paten
filter-prisoner-reads = eine Sprache, die die Person liest, z. B. reads:be
filter-prisoner-id = die id des Eintrags
filter-prisoner-born = das Geburtsdatum
filter-prisoner-detained = das Datum der Festnahme
filter-prisoner-sentenced = das Datum des Urteils
filter-prisoner-released = das Datum der Freilassung
filter-prisoner-due = das erwartete Haftende, eingetragen oder errechnet
filter-prisoner-days = Tage in Haft, alle Festnahmen zusammen (Spalte „Tage“), z. B. days:>1000
filter-prisoner-events = in wie vielen Aktionen die Person genannt wird, z. B. events:0
filter-prisoner-statements = in wie vielen Erklärungen die Person genannt wird, z. B. statements:0
filter-prisoner-risk = warum besonders gefährdet: health, disability, elderly (auch nach born), mental-health, isolation, incommunicado, terror-list oder other
filter-prisoner-moved = wann an einen anderen Haftort verlegt
filter-prisoner-news = Tage ohne erhaltenen Brief, z. B. news:>60
filter-prisoner-letters = wie viele Briefe eingetragen sind, z. B. letters:0
filter-prisoner-sent90 = in den letzten 90 Tagen gesendete Briefe, z. B. sent90:<3
filter-prisoner-unwritten = Tage seit dem letzten gesendeten Brief (oder seit der Festnahme), z. B. unwritten:>60
filter-event-title = der Titel
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online oder other
filter-event-date = der Tag oder die Tage der Aktion
filter-event-city = die Stadt
filter-event-country = das Land
filter-event-venue = der Veranstaltungsort
filter-event-org = der Name oder Kurzname einer Organisation
filter-event-prisoner = eine(r) der in der Aktion genannten Gefangenen
filter-event-summary = die Zusammenfassung
filter-event-id = die id des Eintrags
filter-statement-author = wer es gesagt oder geschrieben hat
filter-statement-role = die Rolle des Urhebers
filter-statement-org = die Organisation, für die gesprochen wurde, nach Name oder Kurzname
filter-statement-event = der Titel der Aktion, bei der sie abgegeben wurde
filter-statement-prisoner = eine(r) der in der Erklärung genannten Gefangenen
filter-statement-text = der Wortlaut oder seine Übersetzung
filter-statement-lang = der Sprachcode, z. B. en, pt, be (pt findet auch pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview oder other
filter-statement-date = der Tag, an dem sie abgegeben oder veröffentlicht wurde
filter-statement-id = die id des Eintrags
filter-organisation-name = der Name oder Kurzname
filter-organisation-short = der Kurzname
filter-organisation-kind = die Art, z. B. union, federation
filter-organisation-country = das Land
filter-organisation-notes = die Notizen
filter-organisation-id = die id des Eintrags
filter-petition-title = der Titel
filter-petition-host = der Name oder Kurzname der Plattform
filter-petition-opened = der Tag der Eröffnung
filter-petition-closed = der Tag der Schließung
filter-petition-id = die id des Eintrags
filter-letter-prisoner = die gefangene Person, an die der Brief ging oder von der er kam
filter-letter-event = die Aktion, bei der der Brief geschrieben wurde
filter-letter-by = wer ihn geschrieben oder erhalten hat
filter-letter-notes = die Notizen
filter-letter-direction = sent, received oder returned
filter-letter-channel = post, courier, parcel, online oder other
filter-letter-date = der Tag des Versands oder der Ankunft
help-filter-fields = Filterfelder in „{ $tab }“, jeweils Feld:Wert geschrieben (org:bkdp, days:>1000, -status:released):

form-date = Datum
form-direction = Richtung
form-count = Anzahl
form-channel = Weg
form-by = wer
form-event = Aktion
form-notes = Notizen
form-until = bis
form-note = Notiz
edit-letter = { $n ->
    [1] ein Brief
   *[other] { $n } Briefe
} { $way ->
    [sent] gesendet an
    [received] erhalten von
   *[returned] zurück von
} { $prisoner } am { $date }
edit-checked = { $id } geprüft am { $date }
edit-released = { $id } freigelassen am { $date }
edit-delivered = Petition { $id } übergeben am { $date }
edit-snooze = eine Aufgabe aufgeschoben bis { $until } ({ $item })
edits-none = nichts
edits-letters = ein Brief an jede(n) der { $n } Gefangenen am { $date }
edits-snoozed = { $n } Aufgaben aufgeschoben bis { $until }
edits-checked = { $n } Gefangene geprüft am { $date }
edits-changes = { $n } Änderungen
form-title = In die Datei schreiben
form-foot = { $accept } schreibt · { $next } nächstes Feld · { $cancel } bricht ab
form-writing = wird in die Datei geschrieben…
form-more = +{ $n } weitere
form-no-event = keine Aktion passt
form-type-event = einen Teil der id oder des Titels einer Aktion tippen
form-count-empty = 1, wenn leer
form-log-one = Brief erfassen: { $name }
form-log-many = Einen Brief an jede(n) der { $n } markierten Gefangenen erfassen
form-released = Freigelassen: { $name }
form-snooze = Aufschieben: { $what }
ask-write = { $what } in die Datei schreiben?
ask-or = { $a } oder { $b }
ask-yes = schreiben
ask-no = nicht
ask-overdue = Das Haftende von { $name } ist vorbei. Was ist bekannt?
ask-overdue-released = freigelassen: Datum angeben
ask-overdue-edit = neue Anklage oder neues Urteil: den Editor beim Eintrag öffnen
ask-overdue-checked = nichts Neues: den Eintrag als heute geprüft markieren
ask-overdue-nothing = nichts tun

say-not-loaded = die gezeigte Datei ist nicht die auf der Platte: nichts kann geschrieben werden, bis sie geladen ist
say-write-running = ein Schreiben läuft noch
say-log-needs-prisoner = { $log } erfasst einen Brief an die gewählte Person (oder die mit { $mark } markierten): in { $tab } wählen
say-nothing-written = nichts geschrieben
say-not-after-today = nicht nach heute ({ $today }): die Aufgabe würde nicht aufgeschoben
say-value-refused = nicht geschrieben: ein Wert wird abgelehnt (siehe Formular)
say-writing = wird geschrieben: { $what }…
say-checked-needs-prisoner = { $key } markiert die gewählte Person als heute geprüft: in { $tab } wählen
say-nothing-to-write = für diese Aufgabe gibt es nichts zu schreiben: { $open } öffnet den Eintrag, { $snooze } schiebt sie auf
say-agenda-only = { $key } { $does }: { $agenda } öffnet die Aufgaben
does-agenda-act = tut, was eine Aufgabe verlangt
does-snooze = schiebt eine Aufgabe auf
say-nothing-chosen = keine Aufgabe gewählt
say-nothing-to-undo = nichts rückgängig zu machen: in dieser Sitzung wurde nichts geschrieben
say-not-undone = nicht rückgängig gemacht: die Datei hat sich seitdem geändert (im Editor rückgängig machen)
say-undoing = wird rückgängig gemacht: { $what }…
say-undone = rückgängig gemacht: die Datei ist wie vor „{ $what }“
say-wrote = geschrieben: { $what } ({ $undo } macht es rückgängig)
say-wrote-at = geschrieben: { $what } in { $place } ({ $undo } macht es rückgängig)
say-changed-meanwhile = die Datei wurde inzwischen auf der Platte geändert: nichts geschrieben; sie wird neu gelesen und das Schreiben erneut angeboten
say-would-break = nicht geschrieben: die Datei würde fehlerhaft: { $first }
say-record-gone = der Eintrag, für den es war, ist nicht mehr in der Datei: nichts geschrieben
say-marks-prisoners = Markierungen gelten Gefangenen: { $tab } öffnet sie
say-marked = { $n } markiert
say-pick-needs = { $key } wählt zufällig eine(n) Gefangene(n): { $tab } öffnet die Liste
say-nobody = keine Gefangenen gezeigt: niemand zu wählen
say-picked = gewählt: { $name } von { $shown } gezeigten{ $why }
say-unmarked = { $count } Markierungen entfernt

print-summary = { $view }: { $count }, Stand { $today } ({ $source })
print-matching = { $shown } von { $total } passend zu { $filter }
print-sorted = sortiert nach { $sort }
print-empty-filtered = Kein Eintrag passt zum Filter.
print-agenda = { $agenda }: { $count }, Stand { $today } ({ $source }), bis { $last } ({ $days })
print-agenda-matching = { $shown } von { $of } passend zum Filter
print-agenda-left-out = { $count } ({ $snoozed } aufgeschobene ausgelassen)

count-errors = { $n ->
    [one] { $count } Fehler
   *[other] { $count } Fehler
}
count-warnings = { $n ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
banner-hidden = { $file } hat { $problems } und kann nicht gezeigt werden (Einzelheiten im Präsentationsmodus verborgen)
banner-empty = { $file } ist leer
banner-removed = { $file } wurde entfernt
banner-nothing = nichts zu zeigen, bis die Datei lädt
banner-since = gezeigt wird die Fassung von { $time }
banner-since-start = gezeigt wird die beim Start geladene Fassung
banner-problems = { $key } listet alle Probleme
problems-title = Probleme: { $counts } in { $file } ({ $whose ->
    [unloaded] gezeigt, sobald behoben und gespeichert
    [saved] wie jetzt gespeichert, nicht gezeigt
   *[shown] die gezeigte Fassung
})
problems-keys-scroll = { $down } blättert · { $edit } bearbeitet das oberste · { $close } schließt
problems-keys = { $edit } öffnet den Editor beim obersten Problem · { $close } schließt
## check: what the loader says of a file (`check`, the problems' view).
## $label names the record: prisoners[3] "yarashuk"; $key a key of the
## file, which stays English.
check-found-text = der Text "{ $text }"
check-found-integer = die ganze Zahl { $value }
check-found-number = die Kommazahl { $value }
check-found-boolean = der Wahrheitswert { $value }
check-found-date-time = das Datum mit Uhrzeit { $value }
check-found-date = das Datum { $value }
check-found-time = die Uhrzeit { $value }
check-found-list = eine Liste
check-found-table = eine Tabelle
check-missing-key = { $label }: der Pflichtschlüssel `{ $key }` fehlt
check-missing-key-help = `{ $key } = { $example }` zu diesem Eintrag hinzufügen
check-misplaced-top-key-help = `{ $key }` gehört auf die oberste Ebene, wird hier aber als Teil von { $label } gelesen; seine Einträge als `[[{ $key }]]`-Blöcke schreiben oder den Schlüssel über die erste Kopfzeile verschieben
check-keys-of = mögliche Schlüssel für { $what }: { $keys }
check-unknown-key = { $label }: unbekannter Schlüssel `{ $key }`
check-put-in-quotes = in Anführungszeichen setzen: `{ $key } = "{ $value }"`
check-expected-text = Text in Anführungszeichen
check-wrong-type = { $label }: `{ $key }` muss { $expected } sein, ist aber { $found }
check-empty = { $label }: `{ $key }` ist leer
check-empty-help = den Wert für `{ $key }` zwischen die Anführungszeichen schreiben
check-item-link = ein Link
check-items-link = Links
check-item-text = ein Text
check-items-text = Texten
check-item-language = eine Sprache
check-items-language = Sprachen
check-item-name = ein Name
check-items-name = Namen
check-item-organisation-id = eine [[organisations]]-id
check-items-organisation-id = [[organisations]]-ids
check-item-prisoner-id = eine [[prisoners]]-id
check-items-prisoner-id = [[prisoners]]-ids
check-item-event-id = eine [[events]]-id
check-items-event-id = [[events]]-ids
check-item-wrong-type = { $label }: Element { $n } von `{ $key }` muss { $what } in Anführungszeichen sein, ist aber { $found }
check-single-text = { $label }: `{ $key }` muss eine Liste von { $what } sein, ist aber ein einzelner Text
check-single-text-help = in eckige Klammern setzen: `{ $key } = ["{ $value }"]`
check-expected-list = eine Liste von { $what } wie ["…", "…"]
check-no-such-day = { $label }: `{ $key }`: einen Tag { $date } gibt es nicht
check-date-not-date-time = { $label }: `{ $key }` ist ein Datum, kein Datum mit Uhrzeit
check-write = `{ $value }` schreiben
check-date-not-time = { $label }: `{ $key }` muss ein Datum sein, ist aber die Uhrzeit { $time }
check-date-not-time-help = ein Datum wie `2023-04-19` schreiben
check-not-a-date = { $label }: `{ $key }`: "{ $value }" ist kein Datum
check-no-such-day-in-calendar = { $label }: `{ $key }`: einen Tag { $date } gibt es im Kalender nicht
check-year-as-integer = { $label }: `{ $key }` muss ein Datum sein, ist aber die ganze Zahl { $year }
check-year-as-integer-help = ein Jahr allein steht in Anführungszeichen: `{ $key } = "{ $year }"`
check-expected-partial-date = ein Datum wie 2023-04-19 (oder "2023-04", "2023")
check-expected-date = ein Datum wie 2023-04-19
check-needs-full-date-month = { $label }: `{ $key }` braucht ein volles Datum (YYYY-MM-DD); "{ $date }" nennt nur den Monat
check-needs-full-date-year = { $label }: `{ $key }` braucht ein volles Datum (YYYY-MM-DD); "{ $date }" nennt nur das Jahr
check-needs-full-date-required = auch den Tag schreiben: er ist Pflicht
check-needs-full-date-optional = auch den Tag schreiben; ist er unbekannt, `{ $key }` weglassen
check-remove-spaces = die Leerzeichen entfernen: "{ $value }"
check-year-first = Daten beginnen mit dem Jahr: `{ $date }`, falls der { $day }.{ $month }. gemeint ist
check-date-shape-partial = als YYYY-MM-DD schreiben (z. B. `2022-04-19`), oder als "YYYY-MM" bzw. "YYYY", wenn nur Monat oder Jahr bekannt ist
check-date-shape = als YYYY-MM-DD schreiben, z. B. `2022-04-19`
check-month-has-days = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year } hat { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
check-before = { $label }: `{ $later_key }` ({ $later }) liegt vor `{ $earlier_key }` ({ $earlier })
check-expected-count = eine ganze Zahl über 0
check-expected-whole-number = eine ganze Zahl (0 oder mehr)
check-number-without-quotes = die Zahl ohne Anführungszeichen schreiben: `{ $key } = { $value }`
check-too-large = { $label }: `{ $key }` ist zu groß
check-largest = der größte erlaubte Wert ist { $max }
check-not-a-number = { $label }: `{ $key }`: `{ $value }` ist keine Zahl
check-not-a-number-help = eine ganze Zahl schreiben, z. B. `{ $key } = { $example }` (nach 0x, 0o oder 0b folgen ihre Ziffern)
check-negative = { $label }: `{ $key }` darf nicht negativ sein, ist aber { $value }
check-below-one = { $label }: `{ $key }` muss mindestens 1 sein, ist aber { $value }
check-too-large-value = { $label }: `{ $key }` ist zu groß ({ $value })
check-missing-choice-help = eine Zeile `{ $key } = "…"` mit einem dieser Werte hinzufügen: { $choices }
check-expected-choice = einer der Werte { $choices } in Anführungszeichen
check-not-a-choice = { $label }: `{ $key }` muss einer der Werte { $choices } sein, nicht "{ $value }"
check-item-not-a-choice = { $label }: jedes Element von `{ $key }` muss einer der Werte { $choices } sein, nicht "{ $value }"
list-and = { $init } und { $last }
check-record-not-table = { $section }[{ $n }] muss ein Eintrag (eine Tabelle von Schlüsseln) sein, ist aber { $found }
check-record-not-table-help = jeden Eintrag unter eine eigene Kopfzeile `[[{ $section }]]` schreiben
check-section-single-table = `{ $section }` muss eine Liste von Einträgen sein, jeder unter eigener Kopfzeile `[[{ $section }]]`; ist aber eine einzelne Tabelle `[{ $section }]`
check-section-single-table-help = die Kopfzeile mit doppelten Klammern schreiben: `[[{ $section }]]`
check-section-wrong-type = `{ $section }` muss eine Liste von Einträgen in `[[{ $section }]]`-Blöcken sein, ist aber { $found }
check-section-wrong-type-help = jeden Eintrag mit einer Kopfzeile `[[{ $section }]]` beginnen
check-no-campaign = die Tabelle `[campaign]` fehlt
check-no-campaign-help = jede Kampagnendatei hat sie, mindestens so:
    { $example }
check-campaign-list = `campaign` muss eine einzelne Tabelle `[campaign]` sein, ist aber eine Liste von Tabellen `[[campaign]]`
check-campaign-list-help = die Kopfzeile mit einfachen Klammern schreiben, nur einmal: `[campaign]`
check-campaign-wrong-type = `campaign` muss eine Tabelle `[campaign]` sein, ist aber { $found }
check-campaign-wrong-type-help = eine Kopfzeile `[campaign]` schreiben, darunter `name = "…"`
check-what-organisation = einen [[organisations]]-Eintrag
check-what-prisoner = einen [[prisoners]]-Eintrag
check-what-letter = einen [[letters]]-Eintrag
check-what-snooze = einen [[snoozed]]-Eintrag
check-what-facility = einen [[facilities]]-Eintrag
check-what-event = einen [[events]]-Eintrag
check-what-statement = einen [[statements]]-Eintrag
check-what-petition = einen [[petitions]]-Eintrag
check-what-tally = eine Zählung
check-what-entry = einen `{ $key }`-Eintrag
check-what-top-level = die oberste Ebene einer Kampagnendatei
check-released-but-status = { $label }: `released` ist angegeben ({ $date }), aber `status` ist "{ $status }"
check-released-but-status-help = `status = "released"` (oder "deceased") setzen oder `released` entfernen
check-verdict-before-arrest-help = ein Urteil kann nicht vor der Festnahme liegen; beide Daten prüfen
check-release-before-arrest-help = eine Freilassung kann nicht vor der Festnahme liegen; beide Daten prüfen
check-after-today = { $label }: `{ $key }` ({ $date }) liegt nach heute ({ $today })
check-detained-after-today-help = heute ist { $today }, laut { $source }; das Jahr von `detained` prüfen
check-due-and-months = { $label }: `release_due` und `sentence_months` dürfen nicht beide angegeben sein
check-due-and-months-help = `release_due` für ein Datum von Gericht oder Kampagne behalten, oder `sentence_months`, um es aus `detained` schätzen zu lassen
check-release-overdue = { $label }: Freilassung war fällig am { $due }{ $estimate ->
    [yes] {" "}(Festnahme + `sentence_months`)
   *[no] {""}
}, vor { $n ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} (heute: { $today }), aber `status` ist "{ $status }"
check-release-overdue-help = auf eine neue Anklage prüfen oder den Eintrag aktualisieren; die Aufgaben führen die Freilassung als überfällig
check-expected-entries = eine Liste von Tabellen, jede unter einer Kopfzeile `[[prisoners.{ $key }]]` nach ihrem Gefangenen, oder [{ $example }]
check-entry-not-table = { $label }: { $key }[{ $n }] muss eine Tabelle wie { $example } sein, ist aber { $found }
check-entry-not-table-help = den Eintrag unter eine Kopfzeile `[[prisoners.{ $key }]]` nach dem Gefangenen schreiben
check-custody-and-own = { $label }: `{ $key }` steht beim Gefangenen und in `custody`; `{ $key }` kommt aus `custody`: dorthin verschieben
check-custody-and-own-help = `{ $key }` hier löschen und im letzten `custody`-Eintrag angeben (`{ $key } = "…"` unter seinem `[[prisoners.custody]]`): dort ist die Person jetzt
check-custody-order = { $label }: `since` ({ $since }) liegt vor dem von custody[{ $n }] ({ $before }), dem Eintrag darüber
check-custody-order-help = die Haftorte vom ältesten an auflisten, in der Reihenfolge der Haft; beide Daten prüfen
check-custody-before-arrest-help = der erste Haftort ist der, an den die Person bei der Festnahme kam; beide Daten prüfen
check-custody-after-release = { $label }: `since` ({ $since }) liegt nach `released` ({ $released })
check-custody-after-release-help = `custody` listet die Haftorte der aktuellen Festnahme bis zur Freilassung; die Daten prüfen oder eine beendete Festnahme unter `earlier` eintragen
check-earlier-overlap = { $label }: diese Festnahme ({ $from } bis { $to }) überschneidet sich mit earlier[{ $n }] ({ $before_from } bis { $before_to }), dem Eintrag darüber
check-earlier-overlap-help = frühere Festnahmen stehen vom ältesten an, und jede endet, bevor die nächste beginnt; die Daten prüfen
check-earlier-after-arrest = { $label }: `released` ({ $released }) liegt nach `detained` ({ $detained }), der aktuellen Festnahme
check-earlier-after-arrest-help = `earlier` listet die Festnahmen, die vor der aktuellen endeten; die Daten prüfen
check-letter-after-today-help = heute ist { $today }, laut { $source }; ein Brief wird eingetragen, sobald er gesendet oder angekommen ist
check-language-code = { $label }: `languages`: "{ $value }" ist kein Code nach ISO 639-1
check-language-code-help = zwei Kleinbuchstaben schreiben: be (Belarussisch), ru (Russisch), uk, pl, en, de, …
check-facility-twice = { $label }: `name` nennt eine Anstalt, die schon weiter oben steht
check-facility-twice-help = die beiden Einträge zusammenführen: nur guidance und transit_days des ersten zählen
check-facility-unmatched = { $label }: `name` passt zu keiner Anstalt eines Gefangenen
check-facility-unmatched-help = den Namen so schreiben wie `facility` oder `custody.facility` eines Gefangenen (Groß- und Kleinschreibung, Akzente und Schrift zählen nicht)
check-letter-after-release = { $label }: ein Brief vom { $date } an "{ $prisoner }", doch die Freilassung war am { $released }
check-letter-after-release-help = das Datum oder die gefangene Person prüfen: Briefe gehen an die, die noch in Haft sind
check-kept-address = eine Adresse
check-kept-notes = Notizen
check-kept-writers = { $n ->
    [one] den Verfasser eines Briefs
   *[other] die Verfasser von { $count } Briefen
} (`by`)
check-kept-remove = { $keys } aus dem Eintrag (und seinen Haftorten) entfernen
check-kept-remove-and-by = { $keys } aus dem Eintrag (und seinen Haftorten) entfernen, ebenso `by` aus { $n ->
    [one] dem Brief
   *[other] den { $count } Briefen
} an diese Person
check-kept-remove-by = `by` aus { $n ->
    [one] dem Brief
   *[other] den { $count } Briefen
} an diese Person entfernen
check-kept-past-release = { $label }: freigelassen am { $released }, vor mehr als { $n ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}, und die Datei enthält noch { $kept }
check-kept-help = { $remove }; `campaign-dash strip` schreibt eine Kopie ohne sie. `retain_days` in [campaign] legt fest, wie lange sie bleiben dürfen (jetzt { $days }); `retention_warnings = false` in den Einstellungen schaltet diese Warnung ab
check-event-end-help = `date` ist der erste Tag und `end` der letzte; beide prüfen
check-both-dates = beide Daten prüfen
check-expected-tallies = eine Liste von Zählungen wie [{ $example }]
check-tally-not-table = { $label }: counts[{ $n }] muss eine Zählung wie { $example } sein, ist aber { $found }
check-two-tallies = { $label }: zwei Zählungen am { $date } ({ $first } und { $second })
check-two-tallies-help = nur eine Zählung pro Datum behalten
check-tally-down = { $label }: die Zählung sinkt von { $from } am { $from_date } auf { $to } am { $to_date }
check-tally-down-help = die Unterschriften einer Petition werden nur mehr; Zahlen und Daten prüfen
## $source: where today comes from.
check-today-source = { $source ->
    [flag] der Option --today
    [as-of] `as_of` in [campaign]
   *[system] dem Systemdatum
}
check-file-empty = die Datei ist leer
check-file-blank = die Datei ist leer: sie enthält nur Leerraum
check-file-empty-help = eine Kampagnendatei enthält mindestens:
    { $example }
check-odd-blank = ungültiges TOML: die Datei enthält nur Leerraum und das Zeichen { $code }, das in TOML nicht als Leerraum gilt (nur Leerzeichen, Tabs und Zeilenumbrüche)
check-odd-blank-help = das Zeichen löschen; eine Kampagnendatei enthält mindestens:
    { $example }
check-too-much-structure = die Datei hat zu viele Schlüssel, Werte und Tabellen zum Lesen: etwa { $marks }, gelesen werden höchstens { $max }
check-too-much-structure-help = eine Kampagne mit 20.000 Gefangenen, 20.000 Aktionen und 40.000 Erklärungen hat etwa 1.200.000; prüfen, ob dies die Kampagnendatei ist und nichts anderes
check-newer-format = diese Datei braucht ein neueres campaign-dash: sie hat Format { $format }, dieses campaign-dash liest Format { $reads }
check-newer-format-help = ein neueres campaign-dash installieren
check-format-below-one = `format` muss 1 oder größer sein, ist aber { $value }
check-format-help = `format = { $format }` schreiben oder weglassen
check-format-not-number = `format` muss eine ganze Zahl sein, ist aber `{ $value }`
check-format-huge = diese Datei braucht ein neueres campaign-dash: ihr `format` ist eine sehr große Zahl
check-format-wrong-type = `format` muss eine ganze Zahl sein, ist aber { $found }
check-format-wrong-type-help = `format = { $format }` ohne Anführungszeichen schreiben
check-stale-snooze = { $label }: `item` passt zu keiner Aufgabe, und `until` ({ $until }) ist vorbei
check-stale-snooze-help = die Aufgabe ist erledigt oder weg: diesen [[snoozed]]-Eintrag löschen (oder die UID mit `print --view agenda --format csv` abgleichen)
check-top-level = oberste Ebene
check-syntax-no-such-day = `{ $key }`: einen Tag { $date } gibt es im Kalender nicht
check-nested-too-deep = ungültiges TOML: Werte sind tiefer als { $max } Ebenen verschachtelt
check-invalid-toml = ungültiges TOML: { $message }
check-duplicate-key-help = ein Schlüssel darf in einer Tabelle nur einmal stehen; jeder Eintrag eines Abschnitts beginnt mit einer eigenen Kopfzeile `[[section]]`
check-unquoted-help = Text in doppelte Anführungszeichen setzen: `key = "text"`
check-nested-too-deep-help = Listen, Inline-Tabellen oder Schlüssel mit Punkten dürfen höchstens { $max } Ebenen tief verschachtelt sein; eine Kampagnendatei braucht höchstens drei
check-invalid-date-help = Monat und Tag prüfen: Daten werden als YYYY-MM-DD geschrieben
check-unclosed-header-help = eine Kopfzeile steht in einer einzigen Zeile: `[[prisoners]]`, `[campaign]`
check-id-empty = ist leer
check-id-too-long = ist { $length } Zeichen lang; eine id hat höchstens { $max }
check-id-characters = darf nur Kleinbuchstaben a-z, Ziffern, `-` und `_` enthalten und beginnt mit einem Buchstaben oder einer Ziffer
check-id-example = zum Beispiel `yarashuk` oder `bkdp-2022`
check-bad-id = { $label }: die id "{ $id }" { $why }
check-duplicate-id = { $label }: doppelte id `{ $id }`, schon vergeben an { $first } in Zeile { $line }
check-duplicate-id-help = ids müssen in [[{ $section }]] eindeutig sein; eine davon umbenennen
check-ref-list = { $label }: `{ $key }` nennt einen [[{ $section }]]-Eintrag über seine id, ist aber eine Liste
check-ref-list-help = eine einzige id schreiben: `{ $key } = "…"`
check-expected-ref = die id eines [[{ $section }]]-Eintrags in Anführungszeichen
check-no-ids-yet = noch kein [[{ $section }]]-Eintrag hat eine id; einem davon `id = "{ $id }"` geben
check-ids-are = die ids in [[{ $section }]] sind: { $ids }
check-unknown-ref = { $label }: `{ $key }` verweist auf "{ $id }", aber kein [[{ $section }]]-Eintrag hat diese id
check-did-you-mean = vielleicht `{ $word }` gemeint?
check-error = Fehler
check-warning = Warnung
check-help = Hinweis
check-more-errors = { $n ->
    [one] { $count } weiterer Fehler
   *[other] { $count } weitere Fehler
}
check-more-warnings = { $n ->
    [one] { $count } weitere Warnung
   *[other] { $count } weitere Warnungen
}
check-omitted = … und { $what }, nicht aufgeführt: nur die ersten { $max } Probleme werden gezeigt
check-summary-clean = { $file }: keine Probleme gefunden
check-summary-warnings = { $file }: lädt, mit { $warnings }
check-summary-errors = { $file }: { $errors } gefunden; die Datei lädt erst, wenn { $n ->
    [one] er behoben ist
   *[other] sie behoben sind
}
check-summary-both = { $file }: { $errors } und { $warnings } gefunden; die Datei lädt erst, wenn die Fehler behoben sind
check-conflict-markers = die Datei hat Markierungen eines Merge-Konflikts (Zeilen { $from }-{ $to }): auflösen oder mit campaign-dash merge zusammenführen
check-conflict-markers-help = je Konflikt eine Seite behalten und die Markierungszeilen (<<<<<<<, =======, >>>>>>>) löschen, dann speichern; für git campaign-dash als Merge-Treiber einrichten (siehe Anleitung), damit nur ein auf beiden Seiten geänderter Schlüssel einen Konflikt ergibt
## Why a file cannot be read: read-cannot holds one of the others as $why.
read-cannot = { $path } kann nicht gelesen werden: { $why }
read-not-found = diese Datei gibt es nicht (`campaign-dash init { $path }` legt dort eine Startdatei an)
read-directory = das ist ein Verzeichnis, keine Kampagnendatei
read-kind-fifo = eine benannte Pipe (FIFO)
read-kind-socket = ein Socket
read-kind-device = ein Gerät
read-kind-special = eine Spezialdatei
read-not-a-file = das ist { $kind }, keine Kampagnendatei; den Pfad einer normalen Datei angeben
read-too-large = sie ist { $size } groß ({ $bytes } Bytes), mehr als die { $max }, die eine Kampagnendatei haben darf
read-grew = sie wuchs beim Lesen über die { $max } hinaus, die eine Kampagnendatei haben darf
read-wrong-encoding = diese Datei ist in { $encoding } kodiert; als UTF-8 speichern
read-encrypted = sie ist mit age verschlüsselt; `campaign-dash decrypt { $path } -o FILE` öffnet sie (mit ihrer Passphrase oder Identität)
read-not-utf8 = das ist kein UTF-8-Text (Byte { $byte } in Zeile { $line }, Spalte { $column }, Byte-Offset { $offset }); als UTF-8 speichern
read-not-utf8-at = das ist kein UTF-8-Text (Byte { $byte }, Byte-Offset { $offset }); als UTF-8 speichern
read-permission = Zugriff verweigert (die Rechte der Datei prüfen)
read-not-found-settings = diese Datei gibt es nicht (`campaign-dash config --default > { $path }` legt sie dort an)
read-directory-settings = das ist ein Verzeichnis, keine Einstellungsdatei
read-not-a-file-settings = das ist { $kind }, keine Einstellungsdatei; den Pfad einer normalen Datei angeben

## The status line: copying, the editor, moving about.
say-no-record-selected = kein Eintrag gewählt: die Liste ist leer
say-no-problem-to-open = kein Problem zum Öffnen
say-nothing-to-copy = hier gibt es nichts zu kopieren: einen Eintrag in einer Liste wählen
say-copied-lines-cut = die ersten { $kept } von { $count } Zeilen
say-copied-lines = { $n ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
}
say-copied-record = { $name } ({ $lines }) in die Zwischenablage kopiert
say-envelope-needs-prisoners = { $key } kopiert den Umschlag für eine Person: { $tab } öffnet die Gefangenen
say-addresses-hidden = Adressen sind im Präsentationsmodus verborgen: nichts kopiert
say-no-prisoner-selected = keine Person gewählt
say-no-address = { $name } hat keine Adresse in der Datei: nichts kopiert
## $from: where the name on the envelope comes from.
say-copied-envelope = Umschlag für { $name } kopiert{ $from ->
    [alias] {" "}(Name: der erste andere Name in Kyrillisch)
    [name] {" "}(Name wie geschrieben: kein postal_name)
   *[postal] {""}
}
say-envelopes-without-address = { $n ->
    [one] { $count } Person ohne Adresse in der Datei
   *[other] { $count } Personen ohne Adresse in der Datei
}
say-envelopes-without-postal-name = { $n ->
    [one] { $count } ohne postal_name
   *[other] { $count } ohne postal_name
}
say-no-marked-address = keine markierte Person hat eine Adresse in der Datei: nichts kopiert
say-copied-envelopes = { $n ->
    [one] Umschlag von { $count } markierten Person
   *[other] Umschläge von { $count } markierten Personen
} in die Zwischenablage kopiert{ $notes }
say-overview-one-pane = die Übersicht hat einen Bereich: 2-6 oder ←/→ öffnen eine Liste
say-list-empty-no-detail = die Liste ist leer: keine Details zu zeigen
say-no-links = dieser Eintrag hat keine Links
say-no-link-on-screen = kein Link auf dem Bildschirm: { $keys } wählen einen
say-filter-off-to-show = Filter `{ $filter }` aus, um diesen Eintrag zu zeigen; f schaltet ihn wieder ein
say-presenting = Präsentationsmodus: { $hidden } verborgen; { $key } zeigt sie
say-presenting-off = Präsentationsmodus aus: alle Felder gezeigt
say-sort-unchanged = Sortierung unverändert
say-no-filter = kein Filter für diese Liste: { $key } gibt einen ein
say-filter-waiting = die Treffer des Filters werden gesucht: einen Moment
say-no-match = kein Treffer
say-no-zoom = die Übersicht hat keine Bereiche zum Vergrößern: { $tabs } öffnen eine Liste
say-zoom-too-narrow = das Terminal ist zu schmal für Liste und Details nebeneinander
say-zoom-off = Liste und Details nebeneinander
say-zoom-list = die Liste auf dem ganzen Bildschirm: { $key } teilt ihn wieder
say-zoom-detail = die Details auf dem ganzen Bildschirm: { $key } teilt ihn wieder
say-no-sort = die Übersicht hat keine Liste zum Sortieren: { $tabs } öffnen eine
say-sort-by = sortieren nach:
say-no-such-sort-letter = keine Spalte hat den Buchstaben { $letter }: Sortierung unverändert
## $column: the sort's name as `--sort` takes it (English).
say-sorted = sortiert nach { $column } { $descending ->
    [yes] ▼ absteigend
   *[no] ▲ aufsteigend
}
say-own-order = in der eigenen Reihenfolge der Liste
say-agenda-nothing-to-open = nichts in den Aufgaben zu öffnen
say-nothing-to-go-back-to = keinem Link gefolgt: nirgendwohin zurück
say-overview-nothing-to-choose = nichts in der Übersicht zu wählen
say-overview-nothing-to-open = nichts in der Übersicht zu öffnen
hidden-addresses = Adressen
hidden-birthdays = Geburtstage
hidden-letter-writers = Briefverfasser
hidden-notes = Notizen
hidden-risk-tags = Gefährdungsgründe
hidden-sponsors = Paten
present-hiding = { $marker }: { $hidden } werden verborgen…
check-jump-note = Zu einem Problem springen: Editoren öffnen FILE:LINE:COL wie aufgeführt (vim +LINE FILE, code -g FILE:LINE:COL);
    im Dashboard listet ! die Probleme, und e öffnet $VISUAL oder $EDITOR beim obersten.
check-places-note = Präsentationsmodus: nur der Ort jedes Problems; seine Meldung und die Zeile der Datei werden nicht gezeigt, da sie jedes Feld zitieren können (eine Adresse, eine Notiz). Ohne --present (oder im Dashboard mit p aus) werden sie gezeigt.
check-info = Info
postal-more = { $count } weitere
postal-by-alias = { $n ->
    [one] { $count } Gefangenen
   *[other] { $count } Gefangene
} mit dem ersten kyrillischen Alias ({ $ids })
postal-by-name = { $n ->
    [one] { $count } Gefangenen
   *[other] { $count } Gefangene
} mit dem Namen, wie er geschrieben ist, da kein kyrillischer Alias da ist ({ $ids })
postal-note = kein postal_name: die Umschläge nennen { $names }; postal_name so eintragen, wie die Gefängnispost es verlangt
say-no-editor = kein Editor: $VISUAL oder $EDITOR setzen (z. B. export EDITOR=nano), damit { $key } die Datei öffnet
say-editor-not-opened = nicht im Editor geöffnet: { $why }
say-editor-failed = der Editor { $editor } ließ sich nicht starten: { $why }
say-editor-ended-kept = der Editor { $editor } endete mit { $status }: die Datei ist wie vorher
say-editor-ended = der Editor { $editor } endete mit { $status }
say-edited-copy-unread = die bearbeitete Kopie ließ sich nicht lesen ({ $why }): die Datei ist wie vorher
say-editor-unchanged = im Editor nicht geändert
ask-edit-again = Die bearbeitete Datei hat { $errors } und kann nicht zurück verschlüsselt werden. Noch einmal bearbeiten? [Y/n]
say-edit-not-kept = die Änderung hatte Fehler und wurde nicht behalten: die Datei ist wie vorher
say-edit-not-sealed = nicht geschrieben: die Datei ist verschlüsselt, und { $why }
say-edit-kept-beside = nicht über die Datei geschrieben: sie hat sich beim Bearbeiten auf der Platte geändert; Ihre Änderung liegt verschlüsselt in { $side } (campaign-dash diff vergleicht beide)
say-edit-lost-beside = nicht geschrieben: die Datei hat sich beim Bearbeiten auf der Platte geändert, und { $side } ließ sich nicht schreiben: { $why }
say-edit-sealed = die Änderung wurde zurück in die Datei verschlüsselt
say-not-written = nicht geschrieben: { $why }
say-record-line-not-found = die Zeile des Eintrags wurde nicht gefunden: oben geöffnet
say-copy-failed = konnte nicht kopieren: { $why }
## The settings file's problems (campaign-dash config); the keys and names in backticks stay as written.
settings-invalid-toml-help = die ganze Datei wird ausgelassen: es gelten alle Standardwerte
settings-must-be-bool = `{ $key }` muss true oder false sein
settings-identity = `identity` ist der Pfad einer age-Identitätsdatei, in Anführungszeichen: "~/.config/campaign-dash/key.txt"
settings-lang = `lang` ist einer der Werte { $codes }
settings-since = `since` ist eine git-Revision oder ein Tag, in Anführungszeichen: "HEAD~1", "2026-11-30"
settings-known = bekannt: { $names }
settings-unknown-setting = unbekannte Einstellung `{ $name }`
settings-unknown-theme = unbekanntes Farbschema `{ $name }`
settings-unknown-role = unbekannte Farbrolle `{ $name }`
settings-unknown-action = unbekannte Funktion `{ $name }`
settings-unknown-filter-action = unbekannte Funktion der Filterzeile `{ $name }`
settings-unknown-list = unbekannte Liste `{ $name }`
settings-unknown-column = unbekannte Spalte `{ $name }` der Liste { $list }
settings-must-be-table = `{ $name }` muss eine Tabelle sein: eine Kopfzeile `[{ $name }]` mit Schlüsseln darunter
settings-must-be-names = `{ $name }` muss eine Liste von Namen in Anführungszeichen sein, z. B. ["j", "down"]
settings-theme-one-of = das Farbschema muss einer der Werte { $names } in Anführungszeichen sein
settings-not-a-colour = `{ $role }`: `{ $value }` ist keine Farbe
settings-colour-help = eine Farbe ist ein Name (red, blue, lightgreen, darkgray, ...), eine Nummer der 256 Farben (0-255) oder #rrggbb
settings-colour-in-quotes = `{ $role }` muss eine Farbe in Anführungszeichen sein
settings-key-taken = `{ $action }`: die Taste `{ $key }` ist schon `{ $first }` zugewiesen
settings-key-taken-help = jede Taste nur einer Funktion zuweisen
settings-unknown-key = `{ $action }`: unbekannte Taste `{ $key }`
settings-key-names = eine Taste ist ein Zeichen ("j", "G", "?") oder enter, esc, tab, backtab, up, down, left, right, home, end, pageup, pagedown, backspace, delete; davor wahlweise "ctrl-" oder "alt-"
settings-no-keys = `{ $action }` hat keine Tasten; weglassen, um die Standardtasten zu behalten
settings-last-key = `{ $by }` nimmt `{ $other }` die letzte Taste weg: dort bleibt keine mehr
settings-last-key-help = `{ $other }` in [{ $section }] eine eigene Taste geben
settings-column-twice = `{ $list }`: `{ $column }` ist zweimal aufgeführt
settings-no-column = `{ $list }` zeigt keine Spalte: es werden alle gezeigt
settings-summary = { $file }: { $errors } und { $warnings }; jedes Problem wird ausgelassen und durch den Standardwert ersetzt
settings-none = keine Einstellungsdatei unter { $place }: es gelten alle Standardwerte.
    `campaign-dash config --default > { $place }` schreibt eine zum Anpassen.
settings-left-out = Einstellungen: { $n ->
    [one] { $count } Problem ausgelassen (campaign-dash config listet es auf)
   *[other] { $count } Probleme ausgelassen (campaign-dash config listet sie auf)
}
settings-unreadable = Einstellungen: die Datei konnte nicht gelesen werden; es gelten die Standardwerte
## The commands' own lines (diff, merge, encrypt, decrypt, strip, print, import, log, man); options and commands in them stay as typed.
cli-diff-format = diff schreibt text, markdown oder json, nicht { $format }
cli-envelopes-presenting = der Präsentationsmodus verbirgt die Adressen: Umschläge lassen sich im Präsentationsmodus nicht drucken
cli-warnings-note = { $file }: { $warnings } (campaign-dash check { $file } listet { $n ->
    [one] sie
   *[other] sie
} auf)
cli-diff-which = --git oder --since nennt die Fassung
cli-diff-one-file = --git und --since vergleichen eine Datei mit einer früheren Fassung davon: eine Datei angeben
cli-diff-two-files = diff vergleicht zwei Dateien: campaign-dash diff OLD NEW (oder --git REV FILE)
cli-git-not-utf8 = git { $command }: kein UTF-8-Text
cli-git-missing = das Programm git wurde nicht gefunden: git installieren oder zwei Dateien vergleichen (campaign-dash diff OLD NEW)
cli-git-not-run = git ließ sich nicht starten: { $reason }
cli-no-commit-before = kein Commit von { $file } vor { $day }
cli-cannot-read = { $file } kann nicht gelesen werden: { $reason }
cli-side-not-loading = { $file } lädt nicht und wird daher nicht Eintrag für Eintrag verglichen:
cli-output-failed = die Ausgabe ließ sich nicht schreiben: { $reason }
cli-no-default-file = in diesem Verzeichnis gibt es kein { $file }.
    Eine Kampagnendatei angeben (`campaign-dash FILE`) oder mit `campaign-dash init` eine Startdatei anlegen.
cli-nothing-merged = Nichts wurde zusammengeführt.
cli-merge-side-broken = die Fassung { $side } ({ $file }) lädt nicht, daher wurde nichts zusammengeführt: die Fehler darin beheben oder von Hand zusammenführen
cli-merge-layout = die Fassung { $side } ({ $file }) lässt sich nicht Eintrag für Eintrag zusammenführen: { $why }. Nichts wurde zusammengeführt: von Hand zusammenführen
cli-could-not-write = { $file } ließ sich nicht schreiben: { $reason }
cli-conflicts-left = { $n ->
    [one] { $count } Konflikt bleibt
   *[other] { $count } Konflikte bleiben
} in { $file }: je Konflikt eine Seite behalten und die Markierungszeilen (<<<<<<<, =======, >>>>>>>) löschen, dann `campaign-dash check` ausführen
cli-merged-broken = die zusammengeführte Datei lädt nicht (jede Fassung war für sich in Ordnung): die Fehler in { $file } beheben
cli-passphrase-command-not-run = --passphrase-command ließ sich nicht starten: { $reason }
cli-passphrase-command-failed = --passphrase-command ist fehlgeschlagen ({ $status }): nichts getan
cli-passphrase-not-utf8 = --passphrase-command gab eine Passphrase, die kein UTF-8-Text ist
cli-passphrase-for = Passphrase für { $file }
cli-passphrase-no-terminal = kein Terminal, um nach der Passphrase zu fragen: --passphrase-command CMD angeben
cli-passphrase-again = Noch einmal dieselbe, zur Sicherheit
cli-passphrase-unreadable = die Passphrase ließ sich nicht lesen: { $reason }
cli-passphrases-differ = die beiden Passphrasen sind verschieden: nichts geschrieben
cli-passphrase-empty = die Passphrase ist leer: nichts getan
cli-no-public-key = { $file } enthält keinen öffentlichen Schlüssel
cli-encrypt-to-whom = für wen verschlüsseln? -r RECIPIENT (age1…), -R FILE oder --passphrase angeben
cli-could-not-encrypt = konnte nicht verschlüsseln: { $reason }
cli-not-encrypted = { $file } lädt nicht: nichts verschlüsselt
cli-exists = { $file } gibt es schon: nichts geschrieben (--force ersetzt die Datei)
cli-encrypted-passphrase = { $out } geschrieben, mit einer Passphrase verschlüsselt. { $file } liegt weiter im Klartext da: sobald `campaign-dash decrypt { $out }` die neue Datei öffnet, { $file } löschen (samt Kopien: in Backups, in einem synchronisierten Ordner, im git-Verlauf).
cli-encrypted-keys = { $out } geschrieben, verschlüsselt für { $n ->
    [one] { $count } öffentlichen Schlüssel
   *[other] { $count } öffentliche Schlüssel
}. { $file } liegt weiter im Klartext da: sobald `campaign-dash decrypt { $out }` die neue Datei öffnet, { $file } löschen (samt Kopien: in Backups, in einem synchronisierten Ordner, im git-Verlauf).
cli-plaintext-terminal = der Klartext wird nicht in ein Terminal geschrieben (er bliebe in dessen Scrollback): -o OUT angeben oder in eine Pipe leiten
cli-cannot-decrypt = { $file } kann nicht entschlüsselt werden: { $reason }
cli-decrypted = { $out } geschrieben: der Klartext von { $file }, nur für Sie lesbar. Nach Gebrauch löschen.
cli-strip-unsound = die bereinigte Kampagne wäre nicht dieselbe Liste (ein Fehler von campaign-dash): nichts geschrieben
cli-stripped = { $out } geschrieben: { $n ->
    [one] { $count } Gefangene(r)
   *[other] { $count } Gefangene
}, ohne { $hidden } (und ohne die Kommentare der Datei)
cli-print-evening-format = --view { $view } wird als text oder pdf gedruckt: --format pdf -o FILE.pdf hinzufügen oder --format weglassen
cli-print-pdf-views = --format pdf druckt --view envelopes und --view sheets; die anderen Ansichten werden als text, markdown, csv, json, xlsx oder ics gedruckt
cli-print-labels = --labels und --envelope legen das Layout von --view envelopes --format pdf fest
cli-print-pdf-terminal = ein PDF ist binär und wird nicht in ein Terminal geschrieben: mit -o FILE.pdf eine Datei angeben oder stdout umleiten (> FILE.pdf)
cli-print-all-xlsx = --view all schreibt eine Arbeitsmappe, ein Blatt je Ansicht: --format xlsx -o FILE.xlsx hinzufügen
cli-print-all-filter = --filter und --sort gelten für eine Ansicht, nicht für --view all
cli-print-raw-csv = --raw und --bom gelten für --format csv
cli-print-xlsx-terminal = eine xlsx-Arbeitsmappe ist binär und wird nicht in ein Terminal geschrieben: mit -o FILE.xlsx eine Datei angeben oder stdout umleiten (> FILE.xlsx)
cli-print-over-campaign = -o { $file } ist die gelesene Kampagnendatei; print schreibt sie nie: eine andere Datei angeben
cli-import-exists = { $file } gibt es schon; import überschreibt nie eine Datei: eine neue angeben
cli-import-seal-needs-age = -r, -R und --passphrase verschlüsseln die neue Datei: sie mit -o FILE.age benennen
cli-import-strict = { $file }: { $errors } mit --strict; nichts geschrieben
cli-imported = { $file }: { $counted }, gelesen als { $read_as }
cli-imported-warnings = { $warnings } (jede oben genannt und als Kommentar in der Datei behalten)
cli-imported-written = in { $file } geschrieben
cli-log-has-errors = { $file } hat Fehler, die zuerst zu beheben sind; nichts wurde geschrieben
cli-log-nothing-written = nichts wurde in { $file } geschrieben
cli-since-unreadable = --since { $since }: diese Fassung ließ sich nicht lesen
cli-terminal-failed = das Terminal hat versagt: { $reason }
cli-man-not-folder = { $dir } ist kein Verzeichnis (man --dir schreibt in ein bestehendes)
## Writing the version shown back over a file on disk that cannot be shown (R, and on quitting).
ask-write-back = In { $file } { $version } zurückschreiben? Auf der Platte ist die Datei { $state }.
ask-write-back-quit = { $file } ist auf der Platte { $state }. Vor dem Beenden die gezeigte Fassung zurückschreiben?
ask-write-back-yes = zurückschreiben
ask-write-back-quit-no = beenden, ohne zu schreiben
ask-write-back-stay = bleiben
back-empty = leer
back-errors = fehlerhaft ({ $errors })
back-unreadable = nicht lesbar
back-size = { $state } und { $percent } % so groß wie die gezeigte Fassung
back-version-from = die Fassung von { $time }
back-version-at-start = die beim Start geladene Fassung
back-what = { $version }
banner-write-back = { $key } schreibt sie zurück
say-written-back = { $file } zurückgeschrieben: { $what }
say-nothing-to-write-back = nichts zurückzuschreiben: nur eine Datei auf der Platte, die leer, fehlerhaft oder nicht lesbar ist, wird mit der gezeigten Fassung überschrieben
help-write-back = gezeigte Fassung über defekte Datei schreiben
## The local history of versions (campaign-dash history, restore).
say-history-failed = der Verlauf der Fassungen ließ sich nicht schreiben ({ $why }); die Datei selbst ist, wie sie war
history-off = der Verlauf der Fassungen ist abgeschaltet (`history = false` in den Einstellungen), oder es gibt kein Home-Verzeichnis, in dem er aufbewahrt werden kann
history-none = von { $file } ist noch keine Fassung aufbewahrt: jede, die ohne Fehler lädt (Dashboard, check, print), wird aufbewahrt
history-head = { $file }: { $n ->
    [one] { $count } Fassung aufbewahrt
   *[other] { $count } Fassungen aufbewahrt
} in { $dir } (N zählt von der neuesten zurück)
history-first = die erste aufbewahrte
history-sealed = verschlüsselt (nicht verglichen)
history-unreadable = nicht lesbar
history-no-record = kein Eintrag geändert
history-changes = hinzugefügt: { $added }, geändert: { $changed }, entfernt: { $removed }
history-bytes = { $size } B
history-records = { $records } Eintr.
history-how = campaign-dash restore { $file } --at N -o OUT schreibt Fassung N nach OUT (--force: über { $file } selbst)
restore-no-such = keine Fassung { $at } im Verlauf von { $file } ({ $n ->
    [one] { $count } aufbewahrt
   *[other] { $count } aufbewahrt
}: campaign-dash history { $file } listet sie auf)
restore-written = { $out } geschrieben: die Fassung von { $time } (Einträge: { $records })
## What a reload changed (the status line), and the file watcher.
reload-summary = neu geladen: { $changes }
reload-none = neu geladen: keine Änderungen
reload-added = { $n } hinzugefügt
reload-changed = { $n } geändert
reload-removed = { $n } entfernt
reload-removed-most = { $n } entfernt, die meisten Einträge (wurde die Datei ganz gespeichert?)
reload-campaign = die Tabelle [campaign] wurde geändert
reload-snoozes = die verschobenen Aufgaben wurden geändert
reload-facilities = die Haftorte ([[facilities]]) wurden geändert
reload-loads-now = { $file } lädt jetzt: wird gezeigt
say-not-watching = die Datei wird nicht beobachtet ({ $why }): { $key } liest sie neu
say-watch-failed = das Beobachten der Datei ist gescheitert ({ $why }): { $key } liest sie neu
