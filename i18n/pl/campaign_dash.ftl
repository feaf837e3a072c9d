# campaign-dash, po polsku. Słowa jak w polskich publikacjach Wiasny i
# Amnesty: więzień polityczny, areszt śledczy, kolonia karna, petycja,
# pikieta (docs/glossary.md).

tab-overview = Przegląd
tab-prisoners = Więźniowie
tab-events = Wydarzenia
tab-statements = Oświadczenia
tab-organisations = Organizacje
tab-petitions = Petycje
tab-letters = Listy
tab-agenda = Zadania

tab-short-overview = Przegląd
tab-short-prisoners = Więźniowie
tab-short-events = Wydarz.
tab-short-petitions = Petycje
tab-short-letters = Listy
tab-short-agenda = Zadania
tab-short-statements = Oświadcz.
tab-short-organisations = Org.

day-today = dzisiaj
day-tomorrow = jutro
day-yesterday = wczoraj
days-in = za { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}
days-ago = { $n ->
    [one] { $count } dzień temu
   *[other] { $count } dni temu
}
days = { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}

month-1 = sty
month-2 = lut
month-3 = mar
month-4 = kwi
month-5 = maj
month-6 = cze
month-7 = lip
month-8 = sie
month-9 = wrz
month-10 = paź
month-11 = lis
month-12 = gru

status-detained = zatrzymani
status-imprisoned = w więzieniu
status-restricted = ograniczenie wolności
status-released = zwolnieni
status-deceased = zmarli

panel-figures = Liczby
panel-attention = Wymaga uwagi
panel-next-events = Najbliższe wydarzenia
panel-coming-up = Zwolnienia i urodziny
panel-petitions = Petycje
panel-events-per-month = Wydarzenia w miesiącach
panel-events-per-month-from = Wydarzenia w miesiącach, { $from } – { $to }
panel-statements = Najnowsze oświadczenia
panel-changed = Zmiany
panel-changed-since = Zmiany od { $label }
panel-fewest = Najmniej listów

figure-prisoners = Więźniowie
figure-at-risk = { $total }, { $count } w szczególnym zagrożeniu
figure-in-custody = Teraz za kratami
figure-days-behind-bars = Dni za kratami
figure-days-combined = { $count } łącznie
figure-partial-arrests = najwyżej: { $n ->
    [one] { $count } data aresztowania znana tylko co do miesiąca lub roku
    [few] { $count } daty aresztowania znane tylko co do miesiąca lub roku
   *[many] { $count } dat aresztowania znanych tylko co do miesiąca lub roku
}
figure-events = Wydarzenia
figure-events-past-upcoming = { $past } minione, { $upcoming } nadchodzące
figure-countries = Kraje
figure-statements = Oświadczenia
figure-letters-30 = Listy, 30 dni
figure-letters-sent-received = { $sent } wysłanych, { $received } otrzymanych
figure-no-letters = Jeszcze bez listów
figure-prisoners-in-custody = { $n ->
    [one] { $count } więzień za kratami
    [few] { $count } więźniów za kratami
   *[many] { $count } więźniów za kratami
}

overview-no-one-in-custody = Nikt nie jest za kratami.
overview-letters-fewest-first = Listy wysłane w ciągu { $days } dni, najpierw najmniej:
overview-no-news = , bez wieści od { $n ->
    [one] { $count } dnia
   *[other] { $count } dni
}
overview-nothing-due = Nic zaległego ani na ten tydzień.
overview-first-to-do = Najpierw do zrobienia
overview-no-upcoming = W pliku nie ma najbliższych wydarzeń.
overview-now = teraz
overview-releases-none = Zwolnienia w ciągu 90 dni: brak
overview-releases = Zwolnienia w ciągu 90 dni
overview-estimate = , szacunek
overview-birthdays-hidden = Urodziny: { $note }
overview-birthdays-none = Urodziny w ciągu 30 dni: brak
overview-birthdays = Urodziny w ciągu 30 dni (wyślij kartkę)
overview-turns = { $name }: { $age } ({ $when })
overview-nothing-changed = Nic nie dodano ani nie zmieniono od { $label }.
overview-added = { $count } dodano
overview-changed = { $count } zmieniono
overview-no-count-goal = podpisy jeszcze nie policzone (cel { $goal })
overview-no-count = podpisy jeszcze nie policzone, bez celu
overview-signatures-no-goal = { $count } podpisów na { $date }, bez celu
overview-signatures-of-goal = { $percent }%  { $count } z { $goal }
overview-no-petitions = W pliku nie ma petycji.
overview-more = i { $count } więcej w karcie „{ $tab }” ({ $number })
overview-not-shown = Nie pokazano, powiększ okno: { $names }
overview-no-statements = W pliku nie ma oświadczeń.

group-overdue = Zaległe
group-this-week = Ten tydzień
group-next-30 = Następne 30 dni
group-later = Później

agenda-events = { $n ->
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
   *[many] { $count } wydarzeń
}
agenda-birthdays = { $n ->
    [one] { $count } kartka urodzinowa
    [few] { $count } kartki urodzinowe
   *[many] { $count } kartek urodzinowych
}
agenda-releases = { $n ->
    [one] { $count } zwolnienie
    [few] { $count } zwolnienia
   *[many] { $count } zwolnień
}
agenda-releases-overdue = { $n ->
    [one] { $count } zaległe zwolnienie
    [few] { $count } zaległe zwolnienia
   *[many] { $count } zaległych zwolnień
}
agenda-anniversaries = { $n ->
    [one] { $count } rocznica
    [few] { $count } rocznice
   *[many] { $count } rocznic
}
agenda-letters = { $n ->
    [one] { $count } list
    [few] { $count } listy
   *[many] { $count } listów
}
agenda-checks = { $n ->
    [one] { $count } sprawdzenie
    [few] { $count } sprawdzenia
   *[many] { $count } sprawdzeń
}
agenda-petitions = { $n ->
    [one] { $count } petycja
    [few] { $count } petycje
   *[many] { $count } petycji
}

today = Dziś
today-counted = wszystkie liczby na ten dzień
today-source-flag = ustawione przez --today
today-source-as-of = data as_of w pliku
today-source-system = data systemowa

hint-keep = zachowaj
hint-clear = wyczyść
hint-clear-line = wyczyść wiersz
hint-delete-word = usuń słowo
hint-choose = wybierz
hint-open = otwórz
hint-filter = filtr
hint-tabs = karty
hint-help = pomoc
hint-quit = wyjdź
hint-move = ruch
hint-detail = szczegóły
hint-sort = sortuj
hint-links = linki
hint-follow = przejdź
hint-back = wstecz
hint-list = lista
hint-scroll = przewiń
hint-a-letter = litera
hint-sorts = sortuje (lista wyżej)
hint-cancel = anuluj
hint-today = dziś

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Przegląd: kampania w skrócie
help-tab-prisoners = Więźniowie
help-tab-events = Wydarzenia
help-tab-statements = Oświadczenia
help-tab-organisations = Organizacje
help-tab-petitions = Petycje
help-tab-letters = Listy
help-tab-agenda = Zadania: co zrobić i do kiedy
help-other-pane = między listą a szczegółami
help-next-tab = następna karta
help-prev-tab = poprzednia karta
help-down = następny wiersz, link lub pozycja
help-up = poprzedni wiersz, link lub pozycja
help-page-down = strona w dół
help-page-up = strona w górę
help-top = pierwszy wiersz (początek szczegółów)
help-bottom = ostatni wiersz (koniec szczegółów)
help-open = otwórz szczegóły, wybrany link lub pozycję
help-back = wróć do listy (zamyka pomoc)
help-go-back = wróć po odwiedzonych linkach
help-filter = filtruj listę (słowa lub pole:wartość; zob. docs/filter.md)
help-toggle-filter = wyłącz i znów włącz filtr
help-next-match = następne dopasowanie (bez filtra: w całej liście)
help-prev-match = poprzednie dopasowanie filtra
help-sort = sortuj według następnej kolumny (lub kliknij nagłówek)
help-reverse-sort = odwróć kolejność
help-present = tryb prezentacji: ukryj to, co prywatne (adresy, notatki, ...)
help-reload = wczytaj plik ponownie (dzieje się samo po zapisie)
help-edit = otwórz plik w $VISUAL lub $EDITOR przy wybranym rekordzie (w Problemach: przy problemie)
help-copy = skopiuj wybrany rekord jako tekst
help-copy-address = skopiuj adres na kopertę (każdego zaznaczonego)
help-log-letter = zapisz list do więźnia (do każdego zaznaczonego)
help-checked = zapisz dzisiejsze sprawdzenie (każdego zaznaczonego)
help-agenda-act = zadania: zrób to, o co prosi pozycja
help-mark = zaznacz więźnia lub usuń zaznaczenie
help-mark-all = zaznacz wszystkich pokazanych
help-clear-marks = usuń zaznaczenia
help-pick-random = wybierz losowo pokazanego więźnia
help-undo = cofnij ostatni zapis
help-snooze = zadania: odłóż pozycję do dnia
help-problems = lista błędów i ostrzeżeń pliku
help-suspend = wstrzymaj i wyjdź do powłoki (fg wraca)
help-help = pokaż lub ukryj pomoc
help-quit = wyjdź (w pomocy: zamknij ją)
help-quit-now = wyjdź z dowolnego miejsca
help-zoom = daj wybranemu panelowi (liście lub szczegółom) cały ekran i z powrotem
help-sort-by = sortuj według kolumny: o, potem jej litera (pasek stanu je pokazuje; ponownie odwraca)
help-edit-accept = zachowaj filtr
help-edit-cancel = wyczyść filtr
help-edit-next-field = następne pole
help-edit-previous-field = poprzednie pole
help-edit-left = kursor w lewo
help-edit-right = kursor w prawo
help-edit-home = początek wiersza
help-edit-end = koniec wiersza
help-edit-backspace = usuń w lewo
help-edit-delete = usuń w prawo
help-edit-clear = wyczyść wiersz
help-edit-delete-word = usuń słowo
help-edit-quit = wyjdź

## The help overlay

help-title = Klawisze
help-filter-line = W wierszu filtra i w formularzach:
help-marks = Więźniowie: { $marks } (szczegóły mówią, co i dlaczego); ● zaznaczony.
help-mouse = Mysz: kliknij kartę, wiersz, nagłówek (sortuje) lub link (przechodzi); kółko przewija.
help-close = { $back }, { $help } lub { $quit } zamyka pomoc ({ $quit_now } kończy); { $down }, { $page }, { $top } ją przewijają.
help-more-above = więcej wyżej
help-more-below = więcej niżej
mark-risk = szczególne zagrożenie
mark-earlier = z wcześniejszymi aresztowaniami
mark-estimate = dzień aresztowania nieznany

## The agenda's items

agenda-on-now = trwa, do { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = sprawdź rekord: ostatnio sprawdzony { $date }
agenda-check-never = sprawdź rekord: nigdy nie sprawdzony
agenda-place-takes = { $place }: poczta idzie { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}
agenda-post-takes = poczta idzie { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}
agenda-card-by = wyślij kartkę urodzinową do { $by }: kończy { $age } { $age ->
    [one] rok
    [few] lata
   *[many] lat
} { $birthday }; { $takes }
agenda-card-late = kartka spóźniona: wyślij dziś: kończy { $age } { $age ->
    [one] rok
    [few] lata
   *[many] lat
} { $birthday }; { $takes }
agenda-card-late-calendar = kartka spóźniona (wysłać do { $by }): kończy { $age } { $age ->
    [one] rok
    [few] lata
   *[many] lat
} { $birthday }; { $takes }
agenda-estimate = (szacunek)
agenda-due-out = zwolnienie { $date }{ $estimate }
agenda-due-out-from = zwolnienie { $date }, z: { $place }{ $estimate }
agenda-find-address = znajdź adres pocztowy: brak
agenda-overdue = zwolnienie miało nastąpić { $due }{ $estimate }, { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
} temu: sprawdź, czy nie ma nowego zarzutu, lub zaktualizuj rekord
agenda-overdue-calendar = zwolnienie miało nastąpić { $due }{ $estimate }: sprawdź, czy nie ma nowego zarzutu, lub zaktualizuj rekord
agenda-years-since-arrest = { $n ->
    [one] { $count } rok
    [few] { $count } lata
   *[many] { $count } lat
} od aresztowania { $arrested }
agenda-days-behind-bars = { $count } dni za kratami
agenda-days-behind-bars-earlier = { $count } dni za kratami, z wcześniejszymi aresztowaniami
agenda-write-last = napisz list: ostatni wysłany { $sent }
agenda-write-since-start = napisz list: żadnego od początku kampanii { $started }
agenda-write-since-arrest = napisz list: żadnego od aresztowania { $arrested }
agenda-write-none = napisz list: żadnego nie wysłano
agenda-returned = sprawdź adres: list wrócił { $back }
agenda-moved = napisz na nowy adres: przeniesiony do { $place } { $since }
agenda-of-goal = { $count } z { $goal }
agenda-signatures-after = : podpisów { $count }
agenda-closes = zamyka się { $when }{ $count }
agenda-closes-on = zamyka się { $closed }{ $count }
agenda-goal-reached = cel osiągnięty { $date } (podpisów { $count }): przekaż ją
agenda-count-last = zapisz liczbę podpisów: ostatnia { $date }
agenda-count-none = zapisz liczbę podpisów: żadnej od otwarcia { $since }
agenda-snoozed = odłożone do { $until }
agenda-snoozed-note = odłożone do { $until }: { $note }
agenda-head = Dziś { $today }, do { $last }: { $count } · { $open } otwiera · { $filter } filtruje
agenda-head-items = { $n ->
    [one] { $count } zadanie
    [few] { $count } zadania
   *[many] { $count } zadań
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } odłożone zadanie
    [few] { $count } odłożone zadania
   *[many] { $count } odłożonych zadań
}
agenda-head-of = { $shown } z { $total }
agenda-head-and-snoozed = { $count } · odłożone: { $snoozed }
agenda-preparing = Przygotowuję wyszukiwanie dla filtra: zadania pojawią się za chwilę.
agenda-no-match = Żadne zadanie nie pasuje do filtra.
agenda-nothing = Nic do zrobienia w ciągu { $n ->
    [one] { $count } dnia
   *[other] { $count } dni
}.

## The lists' columns (English: src/table.rs)

column-name = Imię
column-status = Status
column-org = Org.
column-detained = Zatrzymany
column-days-held = Dni
column-due = Zwolnienie
column-sentence = Wyrok
column-facility = Zakład
column-events = Wydarzenia
column-stmts = Oświadcz.
column-no-news = Bez wieści
column-sent = Wysłane
column-last-sent = Ostatni
column-in-90d = W 90 dni
column-unwritten = Bez listu
column-risk = Zagrożenie
column-checked = Sprawdzono
column-date = Data
column-kind = Rodzaj
column-title = Tytuł
column-city = Miasto
column-country = Kraj
column-author = Autor
column-text = Tekst
column-short = Skrót
column-members = Członków
column-host = Platforma
column-latest = Ostatnio
column-goal = Cel
column-progress = Postęp
column-prisoner = Więzień
column-direction = Kierunek
column-count = Ile
column-channel = Sposób
column-event = Wydarzenie
column-when = Kiedy

## The detail pane

detail-title = Szczegóły
detail-title-links = Szczegóły ({ $down } linki, { $open } przejdź)
detail-title-scroll = Szczegóły ({ $down } przewiń, { $back } wstecz)
detail-title-focus = Szczegóły ({ $pane } lub { $open }: fokus)

## Szczegóły: nagłówki, uwagi i to, co obliczone; etykiety wierszy (field-…)

field-address = adres
field-aliases = inne imiona
field-attendance = uczestnicy
field-author = autor
field-born = urodzenie
field-by = kto
field-channel = sposób
field-charges = artykuły
field-checked = sprawdzono
field-city = miasto
field-closed = zamknięta
field-count = ile
field-country = kraj
field-date = data
field-days-held = dni w niewoli
field-delivered = przekazana
field-detained = zatrzymanie
field-direction = kierunek
field-event = wydarzenie
field-facility = placówka
field-goal = cel
field-host = gospodarz
field-id = id
field-interests = zainteresowania
field-kind = rodzaj
field-language = język
field-latest-count = ostatni stan
field-letters = listy
field-letters-there = listy tam
field-no-news = bez wieści
field-notes = Uwagi
field-opened = otwarta
field-organisation = organizacja
field-organisations = organizacje
field-postal-name = imię na poczcie
field-prisoner = więzień
field-prisoners = więźniowie
field-progress = postęp
field-reads = czyta po
field-release-due = koniec kary
field-released = zwolniony
field-released-how = jak zwolniony
field-risk = zagrożenie
field-role = rola
field-sentence = wyrok
field-sentence-months = wyrok, mies.
field-sentenced = data wyroku
field-short = skrót
field-source = źródło
field-sources = źródła
field-sponsors = opiekunowie
field-status = status
field-summary = W skrócie
field-time = godzina
field-translation-english = Tłumaczenie (ang.)
field-url = link
field-venue = miejsce

detail-timeline = Przebieg
detail-letters = Listy
detail-events-naming = Wydarzenia, na których go lub ją wymieniono
detail-statements-naming = Oświadczenia, w których go lub ją wymieniono
detail-organisations = Organizacje
detail-prisoners-demanded = Więźniowie, których uwolnienia żądano
detail-letters-written-here = Listy napisane tutaj
detail-statements-at-event = Oświadczenia na wydarzeniu
detail-text = Tekst
detail-member-prisoners = Więźniowie – członkowie
detail-events = Wydarzenia
detail-statements = Oświadczenia
detail-petitions-hosted = Petycje tego gospodarza
detail-tallies = Stany podpisów
detail-none-recorded = nic nie zapisano
detail-none-named = nikogo nie wymieniono
detail-none-listed = nikogo na liście
detail-none = brak
detail-no-tallies = brak zapisanych stanów
detail-no-news-since-letter = od ostatniego otrzymanego listu, { $date }
detail-no-news-since-arrest = od aresztowania: żaden list nie dotarł
detail-no-news = { $days }, { $since }
detail-turns = skończy { $age } lat — { $date }, { $when }
detail-aged-60 = { $tag } (60 lat lub więcej)
detail-held-combined-now = { $days }, aresztowań łącznie: { $arrests }; to — { $this } do { $today }
detail-held-combined = { $days }, aresztowań łącznie: { $arrests }; ostatnie — { $this }
detail-held-now = { $days } do { $today }
detail-held = { $days } za kratami
detail-held-estimate = ~: aresztowanie znane tylko co do miesiąca lub roku, liczone od jego pierwszego dnia
detail-held-unknown = nieznane (brak daty zatrzymania lub zwolnienia)
detail-due-estimate = szacunek: zatrzymanie + miesiące wyroku
detail-letter-takes = list idzie { $days }
detail-event-past = minęło, { $when }
detail-event-now = trwa teraz
detail-event-upcoming = nadchodzi, { $when }
detail-upcoming = nadchodzi
detail-about = około { $count }
detail-none-set = nie ustalono
detail-signatures-on = { $n ->
    [one] { $count } podpis na { $date }
    [few] { $count } podpisy na { $date }
   *[many] { $count } podpisów na { $date }
}
detail-no-count = jeszcze bez stanu
detail-of-goal = { $percent }% celu
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] List wysłany do
        [received] List od
       *[returned] List zwrócony, wysłany do
    }
   *[other] { $way ->
        [sent] Listy i kartki ({ $count }) wysłane do
        [received] Listy i kartki ({ $count }) od
       *[returned] Listy zwrócone ({ $count }), wysłane do
    }
}: { $name }
detail-no-such-prisoner = { $name } (żaden więzień nie ma tego id)

dates-from-to = { $from } – { $to }
timeline-earlier = wcześniejsze aresztowanie, { $days } w niewoli
timeline-earlier-kind = wcześniejsze aresztowanie ({ $kind }), { $days } w niewoli
timeline-sentence = wyrok: { $sentence }
timeline-arrested = aresztowanie
timeline-so-far = { $days } do dziś
timeline-address = adres: { $address }
timeline-verdict = wyrok
timeline-release-due = koniec kary
timeline-estimate = szacunek
timeline-released = zwolnienie
letter-sent = wysłano
letter-received = otrzymano
letter-returned = zwrócono
letter-by-post = pocztą
letter-by-courier = przez kuriera
letter-in-parcel = w paczce
letter-online = online
letter-by-other = w inny sposób
letter-from = od: { $name }
letter-to = do: { $name }
letters-sent = wysłano: { $count }
letters-received = otrzymano: { $count }
letters-returned = zwrócono: { $count }
letters-last = { $what } (ostatni { $date })

list-filter = filtr: { $query }
list-preparing = { $what ->
    [filter] przygotowanie filtra…
    [sort] przygotowanie sortowania…
   *[both] przygotowanie filtra i sortowania…
}
list-shown-of = { $shown } z { $total }
list-unfinished = niedokończony
list-filter-off = filtr wyłączony: { $query }, trafień: { $count } ({ $on }: włącz, { $jump }: następne)
list-sort-by = wg { $column }
list-empty = W tym pliku nie ma wpisów: { $lower }.
list-preparing-search = Przygotowanie wyszukiwania w { $count } wpisach ({ $lower }): wiersze pojawią się za chwilę. Klawisze już działają.
list-no-match = Nic nie pasuje do filtra `{ $filter }`{ $which ->
    [last] {" "}(ostatniego bez błędu)
   *[typed] {""}
}. { $change } zmienia go, { $clear } w wierszu filtra czyści.
detail-lines = wiersze { $from }-{ $to } z { $total }
detail-nothing-selected = Nic nie wybrano.
filter-prompt = Filtr
filter-finding = szukanie trafień wśród { $total }…
filter-clears = { $key } czyści
filter-keeps = { $key } zostawia

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = imię, jedno z innych imion lub imię na poczcie
filter-prisoner-status = detained, imprisoned, restricted, released lub deceased
filter-prisoner-org = nazwa organizacji lub jej skrót
filter-prisoner-role = rola, np. president
filter-prisoner-charge = jeden z zarzutów (artykułów)
filter-prisoner-facility = miejsce przetrzymywania, np. kolonia karna
filter-prisoner-sentence = wyrok tak, jak zapisano, np. "9 years"
filter-prisoner-notes = uwagi i okoliczności zwolnienia
filter-prisoner-interest = o czym więzień lubi czytać w listach
filter-prisoner-sponsor = jeden z opiekunów
filter-prisoner-reads = język, w którym czyta, np. reads:be
filter-prisoner-id = id wpisu
filter-prisoner-born = data urodzenia
filter-prisoner-detained = data aresztowania
filter-prisoner-sentenced = data wyroku
filter-prisoner-released = data zwolnienia
filter-prisoner-due = przewidywane zwolnienie, wpisane lub wyliczone
filter-prisoner-days = dni za kratami, wszystkie aresztowania łącznie (kolumna „Dni”), np. days:>1000
filter-prisoner-events = ile wydarzeń wymienia więźnia, np. events:0
filter-prisoner-statements = ile oświadczeń wymienia więźnia, np. statements:0
filter-prisoner-risk = powód szczególnego zagrożenia: health, disability, elderly (także według born), mental-health, isolation, incommunicado, terror-list lub other
filter-prisoner-moved = kiedy przeniesiono do innego miejsca przetrzymywania
filter-prisoner-news = dni bez otrzymanego listu, np. news:>60
filter-prisoner-letters = ile listów zapisano, np. letters:0
filter-prisoner-sent90 = listy wysłane w ostatnich 90 dniach, np. sent90:<3
filter-prisoner-unwritten = dni od wysłania ostatniego listu (lub od aresztowania), np. unwritten:>60
filter-event-title = tytuł
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online lub other
filter-event-date = dzień lub dni wydarzenia
filter-event-city = miasto
filter-event-country = kraj
filter-event-venue = miejsce
filter-event-org = nazwa organizacji lub jej skrót
filter-event-prisoner = więzień wymieniony w wydarzeniu
filter-event-summary = streszczenie
filter-event-id = id wpisu
filter-statement-author = kto to powiedział lub napisał
filter-statement-role = rola autora
filter-statement-org = organizacja, w której imieniu mówiono, po nazwie lub skrócie
filter-statement-event = tytuł wydarzenia, na którym je złożono
filter-statement-prisoner = więzień wymieniony w oświadczeniu
filter-statement-text = słowa lub ich tłumaczenie
filter-statement-lang = kod języka, np. en, pt, be (pt znajduje też pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview lub other
filter-statement-date = dzień wygłoszenia lub publikacji
filter-statement-id = id wpisu
filter-organisation-name = nazwa lub skrót
filter-organisation-short = skrót nazwy
filter-organisation-kind = rodzaj, np. union, federation
filter-organisation-country = kraj
filter-organisation-notes = uwagi
filter-organisation-id = id wpisu
filter-petition-title = tytuł
filter-petition-host = nazwa lub skrót gospodarza
filter-petition-opened = dzień otwarcia
filter-petition-closed = dzień zamknięcia
filter-petition-id = id wpisu
filter-letter-prisoner = więzień, do którego list poszedł lub od którego przyszedł
filter-letter-event = wydarzenie, na którym list napisano
filter-letter-by = kto go napisał lub odebrał
filter-letter-notes = uwagi
filter-letter-direction = sent, received lub returned
filter-letter-channel = post, courier, parcel, online lub other
filter-letter-date = dzień wysłania lub nadejścia
help-filter-fields = Pola filtra w „{ $tab }”, każde pisane pole:wartość (org:bkdp, days:>1000, -status:released):

form-date = data
form-direction = kierunek
form-count = ile
form-channel = sposób
form-by = kto
form-event = wydarzenie
form-notes = uwagi
form-until = do
form-note = uwaga
edit-letter = { $way ->
    [sent] wysłano
    [received] otrzymano
   *[returned] zwrócono
} { $n ->
    [1] list
   *[other] listów: { $n },
} { $way ->
    [sent] do:
    [received] od:
   *[returned] od:
} { $prisoner } { $date }
edit-checked = { $id }: sprawdzono { $date }
edit-released = { $id }: zwolniony { $date }
edit-delivered = petycja { $id } przekazana { $date }
edit-snooze = zadanie odłożone do { $until } ({ $item })
edits-none = nic
edits-letters = list do każdego z więźniów ({ $n }) { $date }
edits-snoozed = zadań odłożonych do { $until }: { $n }
edits-checked = więźniów sprawdzonych { $date }: { $n }
edits-changes = zmian: { $n }
form-title = Zapisz w pliku
form-foot = { $accept } zapisuje · { $next } następne pole · { $cancel } anuluje
form-writing = zapisywanie w pliku…
form-more = jeszcze { $n }
form-no-event = żadne wydarzenie nie pasuje
form-type-event = wpisz część id lub tytułu wydarzenia
form-count-empty = 1, gdy puste
form-log-one = Zapisz list: { $name }
form-log-many = Zapisz list do każdego z zaznaczonych więźniów ({ $n })
form-released = Zwolniony: { $name }
form-snooze = Odłóż: { $what }
ask-write = Zapisać w pliku: { $what }?
ask-or = { $a } lub { $b }
ask-yes = zapisz
ask-no = nie
ask-overdue = Termin zwolnienia { $name } minął. Co wiadomo?
ask-overdue-released = zwolniony: podaj datę
ask-overdue-edit = nowy zarzut lub wyrok: otwórz edytor przy wpisie
ask-overdue-checked = nic nowego: oznacz wpis jako sprawdzony dziś
ask-overdue-nothing = nic nie rób

say-not-loaded = pokazany plik nie jest tym na dysku: nic nie można zapisać, dopóki się nie wczyta
say-write-running = zapis jeszcze trwa
say-log-needs-prisoner = { $log } zapisuje list do wybranego więźnia (lub zaznaczonych przez { $mark }): wybierz w { $tab }
say-nothing-written = nic nie zapisano
say-not-after-today = nie później niż dziś ({ $today }): zadanie nie zostałoby odłożone
say-value-refused = nie zapisano: jedna z wartości odrzucona (zob. formularz)
say-writing = zapisywanie: { $what }…
say-checked-needs-prisoner = { $key } oznacza wybranego więźnia jako sprawdzonego dziś: wybierz w { $tab }
say-nothing-to-write = dla tego zadania nie ma czego zapisać: { $open } otwiera wpis, { $snooze } odkłada zadanie
say-agenda-only = { $key } { $does }: { $agenda } otwiera zadania
does-agenda-act = robi to, o co prosi zadanie
does-snooze = odkłada zadanie
say-nothing-chosen = w zadaniach nic nie wybrano
say-nothing-to-undo = nie ma czego cofać: w tej sesji nic nie zapisano
say-not-undone = nie cofnięto: plik zmienił się po tym zapisie (cofnij w edytorze)
say-undoing = cofanie: { $what }…
say-undone = cofnięto: plik jest taki jak przed zapisem „{ $what }”
say-wrote = zapisano: { $what } ({ $undo } cofa)
say-wrote-at = zapisano: { $what }, { $place } ({ $undo } cofa)
say-changed-meanwhile = plik zmienił się w tym czasie na dysku: nic nie zapisano; jest wczytywany ponownie, a zapis proponowany znowu
say-would-break = nie zapisano: plik stałby się błędny: { $first }
say-record-gone = wpisu, którego to dotyczyło, nie ma już w pliku: nic nie zapisano
say-marks-prisoners = zaznaczenia są dla więźniów: { $tab } ich otwiera
say-marked = zaznaczono: { $n }
say-pick-needs = { $key } wybiera losowego więźnia: { $tab } otwiera listę
say-nobody = żaden więzień nie jest pokazany: nie ma kogo wybrać
say-picked = wybrano { $name } spośród pokazanych ({ $shown }){ $why }
say-unmarked = zdjęto zaznaczenia: { $count }

print-summary = { $view }: { $count }, na dzień { $today } ({ $source })
print-matching = { $shown } z { $total } pasujących do { $filter }
print-sorted = sortowanie: { $sort }
print-empty-filtered = Żaden wpis ({ $lower }) nie pasuje do filtra.
print-agenda = { $agenda }: { $count }, na dzień { $today } ({ $source }), do { $last } ({ $days })
print-agenda-matching = { $shown } z { $of } pasujących do filtra
print-agenda-left-out = { $count } (pominięto odłożone: { $snoozed })

count-errors = { $n ->
    [one] { $count } błąd
    [few] { $count } błędy
   *[many] { $count } błędów
}
count-warnings = { $n ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
   *[many] { $count } ostrzeżeń
}
banner-hidden = { $file }: { $problems }, pliku nie można pokazać (szczegóły ukryte w trybie prezentacji)
banner-empty = { $file } jest pusty
banner-removed = { $file } usunięto
banner-nothing = nic do pokazania, dopóki plik się nie wczyta
banner-since = pokazana wersja z { $time }
banner-since-start = pokazana wersja wczytana na starcie
banner-problems = { $key } pokazuje wszystkie problemy
problems-title = Problemy: { $counts } w { $file } ({ $whose ->
    [unloaded] pokazany po poprawieniu i zapisaniu
    [saved] jak zapisany teraz, niepokazany
   *[shown] pokazana wersja
})
problems-keys-scroll = { $down } przewija · { $edit } poprawia pierwszy · { $close } zamyka
problems-keys = { $edit } otwiera edytor przy pierwszym problemie · { $close } zamyka
