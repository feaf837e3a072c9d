# campaign-dash, українською. Слова — як у правозахисних організацій:
# політв'язень, СІЗО, колонія, петиція, пікет (docs/glossary.md).

tab-overview = Огляд
tab-prisoners = Політв'язні
tab-events = Події
tab-statements = Заяви
tab-organisations = Організації
tab-petitions = Петиції
tab-letters = Листи
tab-agenda = Справи

tab-short-overview = Огляд
tab-short-prisoners = Політв'язні
tab-short-events = Події
tab-short-petitions = Петиції
tab-short-letters = Листи
tab-short-agenda = Справи
tab-short-statements = Заяви
tab-short-organisations = Орг.

day-today = сьогодні
day-tomorrow = завтра
day-yesterday = вчора
days-in = через { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}
days-ago = { $n ->
    [one] { $count } день тому
    [few] { $count } дні тому
   *[many] { $count } днів тому
}
days = { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}

month-1 = січ
month-2 = лют
month-3 = бер
month-4 = кві
month-5 = тра
month-6 = чер
month-7 = лип
month-8 = сер
month-9 = вер
month-10 = жов
month-11 = лис
month-12 = гру

status-detained = затримані
status-imprisoned = ув'язнені
status-restricted = обмеження волі
status-released = звільнені
status-deceased = загинули

panel-figures = Цифри
panel-attention = Потребує уваги
panel-next-events = Найближчі події
panel-coming-up = Звільнення й дні народження
panel-petitions = Петиції
panel-events-per-month = Події за місяцями
panel-events-per-month-from = Події за місяцями, { $from } — { $to }
panel-statements = Останні заяви
panel-changed = Зміни
panel-changed-since = Зміни з { $label }
panel-fewest = Найменше листів

figure-prisoners = Політв'язні
figure-at-risk = { $total }, { $count } в особливій небезпеці
figure-in-custody = Зараз за ґратами
figure-days-behind-bars = Днів за ґратами
figure-days-combined = { $count } разом
figure-partial-arrests = не більше: { $n ->
    [one] { $count } дата затримання відома лише до місяця чи року
    [few] { $count } дати затримання відомі лише до місяця чи року
   *[many] { $count } дат затримання відомі лише до місяця чи року
}
figure-events = Події
figure-events-past-upcoming = { $past } минуло, { $upcoming } попереду
figure-countries = Країни
figure-statements = Заяви
figure-letters-30 = Листи, 30 днів
figure-letters-sent-received = { $sent } надіслано, { $received } отримано
figure-no-letters = Ще без листів
figure-prisoners-in-custody = { $n ->
    [one] { $count } політв'язень за ґратами
    [few] { $count } політв'язні за ґратами
   *[many] { $count } політв'язнів за ґратами
}

overview-no-one-in-custody = Ніхто не за ґратами.
overview-letters-fewest-first = Листи, надіслані за { $days } днів, спершу найменше:
overview-no-news = , без звісток { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}
overview-nothing-due = Нічого простроченого чи на цей тиждень.
overview-first-to-do = Зробити спершу
overview-no-upcoming = У файлі немає найближчих подій.
overview-now = зараз
overview-releases-none = Звільнення в найближчі 90 днів: немає
overview-releases = Звільнення в найближчі 90 днів
overview-estimate = , оцінка
overview-birthdays-hidden = Дні народження: { $note }
overview-birthdays-none = Дні народження в найближчі 30 днів: немає
overview-birthdays = Дні народження в найближчі 30 днів (надішліть листівку)
overview-turns = { $name }: { $age } ({ $when })
overview-nothing-changed = Нічого не додано й не змінено з { $label }.
overview-added = { $count } додано
overview-changed = { $count } змінено
overview-no-count-goal = підписи ще не пораховано (мета { $goal })
overview-no-count = підписи ще не пораховано, мету не задано
overview-signatures-no-goal = { $count } підписів на { $date }, мету не задано
overview-signatures-of-goal = { $percent }%  { $count } з { $goal }
overview-no-petitions = У файлі немає петицій.
overview-more = і ще { $count } у вкладці «{ $tab }» ({ $number })
overview-not-shown = Не показано, збільште вікно: { $names }
overview-no-statements = У файлі немає заяв.

group-overdue = Прострочено
group-this-week = Цей тиждень
group-next-30 = Найближчі 30 днів
group-later = Пізніше

agenda-events = { $n ->
    [one] { $count } подія
    [few] { $count } події
   *[many] { $count } подій
}
agenda-birthdays = { $n ->
    [one] { $count } листівка до дня народження
    [few] { $count } листівки до дня народження
   *[many] { $count } листівок до дня народження
}
agenda-releases = { $n ->
    [one] { $count } звільнення
    [few] { $count } звільнення
   *[many] { $count } звільнень
}
agenda-releases-overdue = { $n ->
    [one] { $count } прострочене звільнення
    [few] { $count } прострочені звільнення
   *[many] { $count } прострочених звільнень
}
agenda-anniversaries = { $n ->
    [one] { $count } річниця
    [few] { $count } річниці
   *[many] { $count } річниць
}
agenda-letters = { $n ->
    [one] { $count } лист
    [few] { $count } листи
   *[many] { $count } листів
}
agenda-checks = { $n ->
    [one] { $count } перевірка
    [few] { $count } перевірки
   *[many] { $count } перевірок
}
agenda-petitions = { $n ->
    [one] { $count } петиція
    [few] { $count } петиції
   *[many] { $count } петицій
}

today = Сьогодні
today-counted = усі цифри — на цей день
today-source-flag = задано --today
today-source-as-of = дата as_of у файлі
today-source-system = системна дата

hint-keep = залишити
hint-clear = очистити
hint-clear-line = очистити рядок
hint-delete-word = видалити слово
hint-choose = вибрати
hint-open = відкрити
hint-filter = фільтр
hint-tabs = вкладки
hint-help = довідка
hint-quit = вийти
hint-move = рух
hint-detail = докладно
hint-sort = сортувати
hint-links = посилання
hint-follow = перейти
hint-back = назад
hint-list = список
hint-scroll = прокрутка
hint-a-letter = літера
hint-sorts = сортує (список вище)
hint-cancel = скасувати
hint-today = сьогодні

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Огляд: кампанія одним поглядом
help-tab-prisoners = Політв'язні
help-tab-events = Події
help-tab-statements = Заяви
help-tab-organisations = Організації
help-tab-petitions = Петиції
help-tab-letters = Листи
help-tab-agenda = Справи: що зробити і до якого часу
help-other-pane = між списком і подробицями
help-next-tab = наступна вкладка
help-prev-tab = попередня вкладка
help-down = наступний рядок, посилання чи пункт
help-up = попередній рядок, посилання чи пункт
help-page-down = сторінка вниз
help-page-up = сторінка вгору
help-top = перший рядок (початок подробиць)
help-bottom = останній рядок (кінець подробиць)
help-open = відкрити подробиці, вибране посилання чи пункт
help-back = назад до списку (закриває довідку)
help-go-back = назад пройденими посиланнями
help-filter = фільтрувати список (слова або поле:значення; див. docs/filter.md)
help-toggle-filter = вимкнути й знову ввімкнути фільтр
help-next-match = наступний збіг (без фільтра: у всьому списку)
help-prev-match = попередній збіг фільтра
help-sort = сортувати за наступним стовпцем (або клацніть заголовок)
help-reverse-sort = зворотний порядок
help-present = режим показу: приховати особисте (адреси, нотатки, ...)
help-reload = прочитати файл знову (робиться саме при збереженні)
help-edit = відкрити файл у $VISUAL чи $EDITOR на вибраному записі (у Проблемах: на проблемі)
help-copy = скопіювати вибраний запис як текст
help-copy-address = скопіювати адресу для конверта (кожного позначеного)
help-log-letter = записати лист політв'язню (кожному позначеному)
help-checked = записати перевірку сьогодні (кожного позначеного)
help-agenda-act = справи: зробити те, що просить пункт
help-mark = позначити політв'язня або зняти позначку
help-mark-all = позначити всіх показаних
help-clear-marks = зняти позначки
help-pick-random = вибрати політв'язня навмання
help-undo = скасувати останній запис
help-snooze = справи: відкласти пункт до дня
help-problems = список помилок і попереджень файла
help-suspend = призупинити й вийти в оболонку (fg повертає)
help-help = показати або сховати довідку
help-quit = вийти (у довідці: закрити її)
help-quit-now = вийти звідусіль
help-zoom = віддати весь екран вибраній панелі (списку чи подробицям) і назад
help-sort-by = сортувати за стовпцем: o, потім його літера (рядок стану їх показує; повтор — навпаки)
help-edit-accept = залишити фільтр
help-edit-cancel = очистити фільтр
help-edit-next-field = наступне поле
help-edit-previous-field = попереднє поле
help-edit-left = курсор ліворуч
help-edit-right = курсор праворуч
help-edit-home = початок рядка
help-edit-end = кінець рядка
help-edit-backspace = видалити ліворуч
help-edit-delete = видалити праворуч
help-edit-clear = очистити рядок
help-edit-delete-word = видалити слово
help-edit-quit = вийти

## The help overlay

help-title = Клавіші
help-filter-line = У рядку фільтра і у формах:
help-marks = Політв'язні: { $marks } (подробиці кажуть, що і чому); ● позначений.
help-mouse = Миша: клацніть вкладку, рядок, заголовок (сортує) чи посилання (переходить); колесо прокручує.
help-close = { $back }, { $help } чи { $quit } закриває довідку ({ $quit_now } — вихід); { $down }, { $page }, { $top } прокручують її.
help-more-above = ще вище
help-more-below = ще нижче
mark-risk = особлива небезпека
mark-earlier = з попередніми арештами
mark-estimate = день арешту невідомий

## The agenda's items

agenda-on-now = триває, до { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = перевірити запис: востаннє перевірено { $date }
agenda-check-never = перевірити запис: жодного разу не перевірено
agenda-place-takes = { $place }: пошта йде { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}
agenda-post-takes = пошта йде { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}
agenda-card-by = надіслати листівку до дня народження до { $by }: { $age } { $age ->
    [one] рік
    [few] роки
   *[many] років
} { $birthday }; { $takes }
agenda-card-late = листівка запізнюється: надіслати сьогодні: { $age } { $age ->
    [one] рік
    [few] роки
   *[many] років
} { $birthday }; { $takes }
agenda-card-late-calendar = листівка запізнюється (надіслати до { $by }): { $age } { $age ->
    [one] рік
    [few] роки
   *[many] років
} { $birthday }; { $takes }
agenda-estimate = (оцінка)
agenda-due-out = звільнення { $date }{ $estimate }
agenda-due-out-from = звільнення { $date }, з: { $place }{ $estimate }
agenda-find-address = знайти поштову адресу: не записано
agenda-overdue = звільнення очікувалося { $due }{ $estimate }, { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
} тому: перевірте, чи немає нового обвинувачення, або оновіть запис
agenda-overdue-calendar = звільнення очікувалося { $due }{ $estimate }: перевірте, чи немає нового обвинувачення, або оновіть запис
agenda-years-since-arrest = { $n ->
    [one] { $count } рік
    [few] { $count } роки
   *[many] { $count } років
} з арешту { $arrested }
agenda-days-behind-bars = { $count } днів за ґратами
agenda-days-behind-bars-earlier = { $count } днів за ґратами, з попередніми арештами
agenda-write-last = написати лист: останній надіслано { $sent }
agenda-write-since-start = написати лист: жодного від початку кампанії { $started }
agenda-write-since-arrest = написати лист: жодного від арешту { $arrested }
agenda-write-none = написати лист: жодного не надіслано
agenda-returned = перевірити адресу: лист повернувся { $back }
agenda-moved = написати на нову адресу: переведено до { $place } { $since }
agenda-of-goal = { $count } з { $goal }
agenda-signatures-after = : підписів { $count }
agenda-closes = закривається { $when }{ $count }
agenda-closes-on = закривається { $closed }{ $count }
agenda-goal-reached = мету досягнуто { $date } (підписів { $count }): передати
agenda-count-last = записати кількість підписів: остання { $date }
agenda-count-none = записати кількість підписів: жодної від відкриття { $since }
agenda-snoozed = відкладено до { $until }
agenda-snoozed-note = відкладено до { $until }: { $note }
agenda-head = Сьогодні { $today }, до { $last }: { $count } · { $open } відкриває · { $filter } фільтрує
agenda-head-items = { $n ->
    [one] { $count } справа
    [few] { $count } справи
   *[many] { $count } справ
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } відкладена справа
    [few] { $count } відкладені справи
   *[many] { $count } відкладених справ
}
agenda-head-of = { $shown } з { $total }
agenda-head-and-snoozed = { $count } · відкладено: { $snoozed }
agenda-preparing = Готується пошук для фільтра: справи з'являться за мить.
agenda-no-match = Жодна справа не відповідає фільтру.
agenda-nothing = Нічого робити в найближчі { $n ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}.

## The lists' columns (English: src/table.rs)

column-name = Ім'я
column-status = Статус
column-org = Орг.
column-detained = Затримано
column-days-held = Днів
column-due = Звільнення
column-sentence = Вирок
column-facility = Установа
column-events = Події
column-stmts = Заяви
column-no-news = Без звісток
column-sent = Листів
column-last-sent = Останній
column-in-90d = За 90 дн.
column-unwritten = Без листів
column-risk = Загроза
column-checked = Перевірено
column-date = Дата
column-kind = Вид
column-title = Назва
column-city = Місто
column-country = Країна
column-author = Автор
column-text = Текст
column-short = Скороч.
column-members = Членів
column-host = Платформа
column-latest = Останнє
column-goal = Мета
column-progress = Прогрес
column-prisoner = Політв'язень
column-direction = Напрям
column-count = Скільки
column-channel = Спосіб
column-event = Подія
column-when = Коли

## The detail pane

detail-title = Докладно
detail-title-links = Докладно ({ $down } посилання, { $open } перейти)
detail-title-scroll = Докладно ({ $down } прокрутка, { $back } назад)
detail-title-focus = Докладно ({ $pane } чи { $open }: фокус)

## Подробиці: заголовки, примітки й обчислене; підписи рядків (field-…)

field-address = адреса
field-aliases = інші імена
field-attendance = учасники
field-author = автор
field-born = народження
field-by = хто
field-channel = спосіб
field-charges = статті
field-checked = перевірено
field-city = місто
field-closed = закрита
field-count = скільки
field-country = країна
field-date = дата
field-days-held = днів у неволі
field-delivered = передана
field-detained = затримання
field-direction = напрямок
field-event = подія
field-facility = установа
field-goal = мета
field-host = майданчик
field-id = id
field-interests = інтереси
field-kind = вид
field-language = мова
field-latest-count = підрахунок
field-letters = листи
field-letters-there = листи туди
field-no-news = без звісток
field-notes = Нотатки
field-opened = відкрита
field-organisation = організація
field-organisations = організації
field-postal-name = ім'я для пошти
field-prisoner = політв'язень
field-prisoners = політв'язні
field-progress = поступ
field-reads = читає мовами
field-release-due = строк виходу
field-released = звільнений
field-released-how = як звільнений
field-risk = небезпека
field-role = роль
field-sentence = вирок
field-sentence-months = строк, міс.
field-sentenced = дата вироку
field-short = скорочення
field-source = джерело
field-sources = джерела
field-sponsors = опікуни
field-status = статус
field-summary = Коротко
field-time = час
field-translation-english = Переклад (англ.)
field-url = посилання
field-venue = місце

detail-timeline = Хронологія
detail-letters = Листи
detail-events-naming = Події, де його чи її названо
detail-statements-naming = Заяви, де його чи її названо
detail-organisations = Організації
detail-prisoners-demanded = Політв'язні, чиєї свободи вимагали
detail-letters-written-here = Листи, написані тут
detail-statements-at-event = Заяви на події
detail-text = Текст
detail-member-prisoners = Політв'язні — члени
detail-events = Події
detail-statements = Заяви
detail-petitions-hosted = Петиції на майданчику
detail-tallies = Підрахунки
detail-none-recorded = нічого не записано
detail-none-named = нікого не названо
detail-none-listed = нікого немає в списку
detail-none = немає
detail-no-tallies = підрахунків немає
detail-no-news-since-letter = від останнього отриманого листа, { $date }
detail-no-news-since-arrest = від арешту: жодного листа не отримано
detail-no-news = { $days }, { $since }
detail-turns = виповниться { $age } — { $date }, { $when }
detail-aged-60 = { $tag } (60 років і старше)
detail-held-combined-now = { $days }, арештів разом: { $arrests }; цей — { $this } на { $today }
detail-held-combined = { $days }, арештів разом: { $arrests }; останній — { $this }
detail-held-now = { $days } на { $today }
detail-held = { $days } за ґратами
detail-held-estimate = ~: арешт, відомий лише з точністю до місяця чи року, рахується від його першого дня
detail-held-unknown = невідомо (немає дати затримання чи звільнення)
detail-due-estimate = оцінка: затримання + місяці строку
detail-letter-takes = лист іде { $days }
detail-event-past = минула, { $when }
detail-event-now = триває зараз
detail-event-upcoming = буде, { $when }
detail-upcoming = буде
detail-about = близько { $count }
detail-none-set = не визначено
detail-signatures-on = { $n ->
    [one] { $count } підпис на { $date }
    [few] { $count } підписи на { $date }
   *[many] { $count } підписів на { $date }
}
detail-no-count = підрахунку ще немає
detail-of-goal = { $percent }% мети
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] Лист політв'язню
        [received] Лист від політв'язня
       *[returned] Повернений лист політв'язню
    }
   *[other] { $way ->
        [sent] Листи й листівки ({ $count }) політв'язню
        [received] Листи й листівки ({ $count }) від політв'язня
       *[returned] Повернені листи ({ $count }) політв'язню
    }
}: { $name }
detail-no-such-prisoner = { $name } (жоден політв'язень не має такого id)

dates-from-to = { $from } — { $to }
timeline-earlier = попередній арешт, { $days } у неволі
timeline-earlier-kind = попередній арешт ({ $kind }), { $days } у неволі
timeline-sentence = вирок: { $sentence }
timeline-arrested = арешт
timeline-so-far = { $days } на сьогодні
timeline-address = адреса: { $address }
timeline-verdict = вирок
timeline-release-due = строк виходу
timeline-estimate = оцінка
timeline-released = звільнення
letter-sent = надіслано
letter-received = отримано
letter-returned = повернулося
letter-by-post = поштою
letter-by-courier = через кур'єра
letter-in-parcel = у посилці
letter-online = онлайн
letter-by-other = іншим способом
letter-from = від: { $name }
letter-to = кому: { $name }
letters-sent = надіслано: { $count }
letters-received = отримано: { $count }
letters-returned = повернулося: { $count }
letters-last = { $what } (останній { $date })

list-filter = фільтр: { $query }
list-preparing = { $what ->
    [filter] готується фільтр…
    [sort] готується сортування…
   *[both] готуються фільтр і сортування…
}
list-shown-of = { $shown } з { $total }
list-unfinished = не дописаний
list-filter-off = фільтр вимкнено: { $query }, збігів: { $count } ({ $on }: увімкнути, { $jump }: до наступного)
list-sort-by = за { $column }
list-empty = У цьому файлі немає записів: { $lower }.
list-preparing-search = Готується пошук серед { $count } записів ({ $lower }): рядки з'являться за мить. Клавіші вже працюють.
list-no-match = Ніщо не відповідає фільтру `{ $filter }`{ $which ->
    [last] {" "}(останньому без помилки)
   *[typed] {""}
}. { $change } — змінити його, { $clear } у рядку фільтра — очистити.
detail-lines = рядки { $from }-{ $to } з { $total }
detail-nothing-selected = Нічого не вибрано.
filter-prompt = Фільтр
filter-finding = шукаються збіги серед { $total }…
filter-clears = { $key } очистити
filter-keeps = { $key } залишити

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = ім'я, одне з інших імен або ім'я для пошти
filter-prisoner-status = detained, imprisoned, restricted, released або deceased
filter-prisoner-org = назва організації або її скорочена назва
filter-prisoner-role = роль, напр. president
filter-prisoner-charge = одна зі статей
filter-prisoner-facility = де утримується, напр. колонія
filter-prisoner-sentence = строк, як його записано, напр. "9 years"
filter-prisoner-notes = нотатки й обставини звільнення
filter-prisoner-interest = про що політв'язневі цікаво читати в листах
filter-prisoner-sponsor = один з опікунів
filter-prisoner-reads = мова, якою читає, напр. reads:be
filter-prisoner-id = id запису
filter-prisoner-born = дата народження
filter-prisoner-detained = дата арешту
filter-prisoner-sentenced = дата вироку
filter-prisoner-released = дата звільнення
filter-prisoner-due = очікуване звільнення, записане або обчислене
filter-prisoner-days = дні за ґратами за всі арешти разом (стовпчик «Днів»), напр. days:>1000
filter-prisoner-events = скільки подій згадують політв'язня, напр. events:0
filter-prisoner-statements = скільки заяв згадують політв'язня, напр. statements:0
filter-prisoner-risk = чому в особливій небезпеці: health, disability, elderly (також за born), mental-health, isolation, incommunicado, terror-list або other
filter-prisoner-moved = коли перевели до іншого місця утримання
filter-prisoner-news = дні без отриманого листа, напр. news:>60
filter-prisoner-letters = скільки листів записано, напр. letters:0
filter-prisoner-sent90 = листи, надіслані за останні 90 днів, напр. sent90:<3
filter-prisoner-unwritten = дні від надсилання останнього листа (або від арешту), напр. unwritten:>60
filter-event-title = назва
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online або other
filter-event-date = день або дні події
filter-event-city = місто
filter-event-country = країна
filter-event-venue = місце проведення
filter-event-org = назва організації або її скорочена назва
filter-event-prisoner = політв'язень, згаданий у події
filter-event-summary = короткий зміст
filter-event-id = id запису
filter-statement-author = хто сказав або написав
filter-statement-role = роль автора
filter-statement-org = організація, від імені якої сказано, за назвою або скороченою назвою
filter-statement-event = назва події, на якій її зроблено
filter-statement-prisoner = політв'язень, згаданий у заяві
filter-statement-text = слова або їхній переклад
filter-statement-lang = код мови, напр. en, pt, be (pt знаходить і pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview або other
filter-statement-date = день, коли сказано або опубліковано
filter-statement-id = id запису
filter-organisation-name = назва або скорочена назва
filter-organisation-short = скорочена назва
filter-organisation-kind = вид, напр. union, federation
filter-organisation-country = країна
filter-organisation-notes = нотатки
filter-organisation-id = id запису
filter-petition-title = назва
filter-petition-host = назва або скорочена назва майданчика
filter-petition-opened = день відкриття
filter-petition-closed = день закриття
filter-petition-id = id запису
filter-letter-prisoner = політв'язень, якому лист пішов або від якого надійшов
filter-letter-event = подія, на якій лист написано
filter-letter-by = хто написав або отримав
filter-letter-notes = нотатки
filter-letter-direction = sent, received або returned
filter-letter-channel = post, courier, parcel, online або other
filter-letter-date = день, коли лист надіслано або він надійшов
help-filter-fields = Поля фільтра в «{ $tab }», кожне пишеться поле:значення (org:bkdp, days:>1000, -status:released):

form-date = дата
form-direction = напрямок
form-count = скільки
form-channel = спосіб
form-by = хто
form-event = подія
form-notes = нотатки
form-until = до
form-note = примітка
edit-letter = { $way ->
    [sent] надіслано
    [received] отримано
   *[returned] повернулося
} { $n ->
    [1] лист
   *[other] листів: { $n },
} { $way ->
    [sent] політв'язню
    [received] від політв'язня
   *[returned] від політв'язня
} { $prisoner } { $date }
edit-checked = { $id }: перевірено { $date }
edit-released = { $id }: звільнений { $date }
edit-delivered = петицію { $id } передано { $date }
edit-snooze = справу відкладено до { $until } ({ $item })
edits-none = нічого
edits-letters = лист кожному з політв'язнів ({ $n }) { $date }
edits-snoozed = справ відкладено до { $until }: { $n }
edits-checked = політв'язнів перевірено { $date }: { $n }
edits-changes = змін: { $n }
form-title = Записати у файл
form-foot = { $accept } — записати · { $next } — наступне поле · { $cancel } — скасувати
form-writing = записується у файл…
form-more = ще { $n }
form-no-event = жодна подія не підходить
form-type-event = напишіть частину id або назви події
form-count-empty = 1, якщо порожньо
form-log-one = Записати лист: { $name }
form-log-many = Записати лист кожному з позначених політв'язнів ({ $n })
form-released = Звільнений: { $name }
form-snooze = Відкласти: { $what }
ask-write = Записати у файл: { $what }?
ask-or = { $a } або { $b }
ask-yes = записати
ask-no = ні
ask-overdue = Строк звільнення політв'язня { $name } минув. Що відомо?
ask-overdue-released = звільнений: ввести дату
ask-overdue-edit = нове обвинувачення чи вирок: відкрити редактор на записі
ask-overdue-checked = нічого нового: позначити запис перевіреним сьогодні
ask-overdue-nothing = нічого не робити

say-not-loaded = показаний файл — не той, що на диску: нічого не можна записати, доки він не завантажиться
say-write-running = запис ще триває
say-log-needs-prisoner = { $log } записує лист вибраному політв'язню (чи позначеним через { $mark }): виберіть у { $tab }
say-nothing-written = нічого не записано
say-not-after-today = не пізніше за сьогодні ({ $today }): справу не було б відкладено
say-value-refused = не записано: одне зі значень не прийнято (див. форму)
say-writing = записується: { $what }…
say-checked-needs-prisoner = { $key } позначає вибраного політв'язня перевіреним сьогодні: виберіть у { $tab }
say-nothing-to-write = для цієї справи нічого записувати: { $open } відкриває запис, { $snooze } відкладає справу
say-agenda-only = { $key } { $does }: { $agenda } відкриває справи
does-agenda-act = робить те, що просить справа
does-snooze = відкладає справу
say-nothing-chosen = у справах нічого не вибрано
say-nothing-to-undo = нічого скасовувати: у цьому сеансі нічого не записувалося
say-not-undone = не скасовано: файл змінився після того запису (скасуйте в редакторі)
say-undoing = скасовується: { $what }…
say-undone = скасовано: файл такий, яким був до запису «{ $what }»
say-wrote = записано: { $what } ({ $undo } — скасувати)
say-wrote-at = записано: { $what }, { $place } ({ $undo } — скасувати)
say-changed-meanwhile = файл тим часом змінився на диску: нічого не записано; він читається знову, і запис пропонується знову
say-would-break = не записано: файл став би помилковим: { $first }
say-record-gone = запису, для якого це було, у файлі вже немає: нічого не записано
say-marks-prisoners = позначки — для політв'язнів: { $tab } відкриває їх
say-marked = позначено: { $n }
say-pick-needs = { $key } вибирає випадкового політв'язня: { $tab } відкриває список
say-nobody = жоден політв'язень не показаний: нема кого вибрати
say-picked = вибрано { $name } з показаних ({ $shown }){ $why }
say-unmarked = позначки знято: { $count }

print-summary = { $view }: { $count }, на { $today } ({ $source })
print-matching = { $shown } з { $total } за фільтром { $filter }
print-sorted = сортування: { $sort }
print-empty-filtered = Жоден запис ({ $lower }) не відповідає фільтру.
print-agenda = { $agenda }: { $count }, на { $today } ({ $source }), до { $last } ({ $days })
print-agenda-matching = { $shown } з { $of } за фільтром
print-agenda-left-out = { $count } (відкладені не показано: { $snoozed })

count-errors = { $n ->
    [one] { $count } помилка
    [few] { $count } помилки
   *[many] { $count } помилок
}
count-warnings = { $n ->
    [one] { $count } попередження
    [few] { $count } попередження
   *[many] { $count } попереджень
}
banner-hidden = у { $file }: { $problems }, файл не можна показати (подробиці приховано в режимі показу)
banner-empty = { $file } порожній
banner-removed = { $file } видалено
banner-nothing = нічого показати, доки файл не завантажиться
banner-since = показано версію від { $time }
banner-since-start = показано версію, завантажену на початку
banner-problems = { $key } — усі проблеми
problems-title = Проблеми: { $counts } у { $file } ({ $whose ->
    [unloaded] буде показано, коли виправлять і збережуть
    [saved] як збережено зараз, не показано
   *[shown] показана версія
})
problems-keys-scroll = { $down } — прокрутка · { $edit } — правити першу · { $close } — закрити
problems-keys = { $edit } відкриває редактор на першій проблемі · { $close } — закрити
