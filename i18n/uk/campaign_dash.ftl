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

## The status line: copying, the editor, moving about.
say-no-record-selected = запис не вибрано: список порожній
say-no-problem-to-open = немає проблеми, яку можна відкрити
say-nothing-to-copy = тут нічого копіювати: виберіть запис у списку
say-copied-lines-cut = рядки: перші { $kept } з { $count }
say-copied-lines = { $n ->
    [one] { $count } рядок
    [few] { $count } рядки
   *[many] { $count } рядків
}
say-copied-record = скопійовано в буфер обміну: { $name } ({ $lines })
say-envelope-needs-prisoners = { $key } копіює конверт політв'язня: { $tab } відкриває список політв'язнів
say-addresses-hidden = у режимі показу адреси приховано: нічого не скопійовано
say-no-prisoner-selected = політв'язня не вибрано
say-no-address = { $name }: адреси у файлі немає, нічого не скопійовано
## $from: where the name on the envelope comes from.
say-copied-envelope = скопійовано конверт: { $name }{ $from ->
    [alias] {" "}(ім'я: перше з інших імен кирилицею)
    [name] {" "}(ім'я як записано: немає postal_name)
   *[postal] {""}
}
say-envelopes-without-address = { $n ->
    [one] { $count } політв'язень без адреси у файлі
    [few] { $count } політв'язні без адреси у файлі
   *[many] { $count } політв'язнів без адреси у файлі
}
say-envelopes-without-postal-name = { $n ->
    [one] { $count } без postal_name
    [few] { $count } без postal_name
   *[many] { $count } без postal_name
}
say-no-marked-address = жоден позначений політв'язень не має адреси у файлі: нічого не скопійовано
say-copied-envelopes = скопійовано в буфер обміну конверти { $n ->
    [one] { $count } позначеного політв'язня
    [few] { $count } позначених політв'язнів
   *[many] { $count } позначених політв'язнів
}{ $notes }
say-overview-one-pane = в огляді одна панель: 2-6 чи ←/→ відкривають список
say-list-empty-no-detail = список порожній: подробиць немає
say-no-links = цей запис ні на що не посилається
say-no-link-on-screen = на екрані немає посилання: { $keys } — вибрати
say-filter-off-to-show = фільтр `{ $filter }` вимкнено, щоб показати цей запис; f знову вмикає його
say-presenting = режим показу: приховані { $hidden }; { $key } показує їх
say-presenting-off = режим показу вимкнено: показано всі поля
say-sort-unchanged = сортування не змінилося
say-no-filter = у цього списку немає фільтра: { $key } — ввести його
say-filter-waiting = шукаються збіги фільтра: хвилинку
say-no-match = збігів немає
say-no-zoom = в огляді нічого розгортати на весь екран: { $tabs } відкривають список
say-zoom-too-narrow = термінал завузький для списку й подробиць поруч
say-zoom-off = список і подробиці поруч
say-zoom-list = список на весь екран: { $key } повертає обидві панелі
say-zoom-detail = подробиці на весь екран: { $key } повертає обидві панелі
say-no-sort = в огляді немає списку для сортування: { $tabs } відкривають список
say-sort-by = сортувати за:
say-no-such-sort-letter = жоден стовпець не має літери { $letter }: сортування не змінилося
## $column: the sort's name as `--sort` takes it (English).
say-sorted = сортування: { $column } { $descending ->
    [yes] ▼ за спаданням
   *[no] ▲ за зростанням
}
say-own-order = список у власному порядку
say-agenda-nothing-to-open = у справах нічого відкрити
say-nothing-to-go-back-to = переходів за посиланнями не було: нікуди повертатися
say-overview-nothing-to-choose = в огляді нічого вибрати
say-overview-nothing-to-open = в огляді нічого відкрити
hidden-addresses = адреси
hidden-birthdays = дні народження
hidden-letter-writers = автори листів
hidden-notes = нотатки
hidden-risk-tags = причини небезпеки
hidden-sponsors = опікуни
present-hiding = { $marker }: приховуються { $hidden }…
check-jump-note = Щоб перейти до проблеми: редактори відкривають FILE:LINE:COL, як у списку (vim +LINE FILE, code -g FILE:LINE:COL);
    в інтерфейсі ! показує проблеми, а e відкриває $VISUAL чи $EDITOR на першій з них.
check-places-note = режим показу: лише місце кожної проблеми; її повідомлення й рядок файла не показано, бо вони можуть цитувати будь-яке поле (адресу, нотатку). Без --present (або в інтерфейсі, коли p вимкнув режим показу) їх показано.
read-not-found-settings = такого файлу немає (`campaign-dash config --default > { $path }` запише його туди)
read-directory-settings = це тека, а не файл налаштувань
read-not-a-file-settings = це { $kind }, а не файл налаштувань; вкажіть шлях до звичайного файлу

## check: що завантажувач каже про файл (`check`, вікно проблем).
## $label називає запис: prisoners[3] "yarashuk"; $key — ключ файла,
## він лишається англійським.
## check-found-* і check-expected-* — в орудному відмінку: «має бути X, а не Y».
check-found-text = текстом "{ $text }"
check-found-integer = цілим числом { $value }
check-found-number = числом { $value }
check-found-boolean = логічним значенням { $value }
check-found-date-time = датою з часом { $value }
check-found-date = датою { $value }
check-found-time = часом доби { $value }
check-found-list = списком
check-found-table = таблицею
check-missing-key = { $label }: немає обов'язкового ключа `{ $key }`
check-missing-key-help = додайте до цього запису `{ $key } = { $example }`
check-misplaced-top-key-help = `{ $key }` — ключ верхнього рівня, але тут він читається як частина { $label }; запишіть його записи блоками `[[{ $key }]]` або перенесіть його вище за перший заголовок
check-keys-of = допустимі ключі { $what }: { $keys }
check-unknown-key = { $label }: невідомий ключ `{ $key }`
check-put-in-quotes = візьміть у лапки: `{ $key } = "{ $value }"`
check-expected-text = текстом у лапках
check-wrong-type = { $label }: `{ $key }` має бути { $expected }, а не { $found }
check-empty = { $label }: `{ $key }` порожній
check-empty-help = впишіть { $key } у лапки
check-item-link = посиланням
check-items-link = посилань
check-item-text = текстом
check-items-text = текстів
check-item-language = мовою
check-items-language = мов
check-item-name = ім'ям
check-items-name = імен
check-item-organisation-id = id запису [[organisations]]
check-items-organisation-id = id записів [[organisations]]
check-item-prisoner-id = id запису [[prisoners]]
check-items-prisoner-id = id записів [[prisoners]]
check-item-event-id = id запису [[events]]
check-items-event-id = id записів [[events]]
check-item-wrong-type = { $label }: елемент { $n } у `{ $key }` має бути { $what } у лапках, а не { $found }
check-single-text = { $label }: `{ $key }` має бути списком { $what }, а не одним текстом
check-single-text-help = візьміть у квадратні дужки: `{ $key } = ["{ $value }"]`
check-expected-list = списком { $what }, наприклад ["…", "…"]
check-no-such-day = { $label }: `{ $key }`: дня { $date } не існує
check-date-not-date-time = { $label }: `{ $key }` — це дата, а не дата з часом
check-write = напишіть `{ $value }`
check-date-not-time = { $label }: `{ $key }` — це дата, а записано час доби { $time }
check-date-not-time-help = напишіть дату, наприклад `2023-04-19`
check-not-a-date = { $label }: `{ $key }`: "{ $value }" — не дата
check-no-such-day-in-calendar = { $label }: `{ $key }`: дня { $date } немає в календарі
check-year-as-integer = { $label }: `{ $key }` має бути датою, а не цілим числом { $year }
check-year-as-integer-help = сам рік пишеться в лапках: `{ $key } = "{ $year }"`
check-expected-partial-date = датою, наприклад 2023-04-19 (або "2023-04", "2023")
check-expected-date = датою, наприклад 2023-04-19
check-needs-full-date-month = { $label }: `{ $key }` потребує повної дати (YYYY-MM-DD); "{ $date }" дає лише місяць
check-needs-full-date-year = { $label }: `{ $key }` потребує повної дати (YYYY-MM-DD); "{ $date }" дає лише рік
check-needs-full-date-required = допишіть і день: повна дата тут обов'язкова
check-needs-full-date-optional = допишіть і день; якщо він невідомий, не пишіть `{ $key }` зовсім
check-remove-spaces = видаліть пробіли: "{ $value }"
check-year-first = дати пишуться з року: `{ $date }`, якщо малося на увазі день { $day } місяця { $month }
check-date-shape-partial = запишіть як YYYY-MM-DD (напр. `2022-04-19`) або "YYYY-MM" чи "YYYY", якщо відомий лише місяць чи рік
check-date-shape = запишіть як YYYY-MM-DD, напр. `2022-04-19`
check-month-has-days = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
} { $year } має { $days } { $days ->
    [one] день
    [few] дні
   *[many] днів
}
check-before = { $label }: `{ $later_key }` ({ $later }) раніше за `{ $earlier_key }` ({ $earlier })
check-expected-count = цілим числом, більшим за 0
check-expected-whole-number = цілим числом (0 або більше)
check-number-without-quotes = напишіть число без лапок: `{ $key } = { $value }`
check-too-large = { $label }: `{ $key }` завеликий
check-largest = найбільше значення — { $max }
check-not-a-number = { $label }: `{ $key }`: `{ $value }` — не число
check-not-a-number-help = напишіть ціле число, напр. `{ $key } = { $example }` (після 0x, 0o чи 0b ідуть його цифри)
check-negative = { $label }: `{ $key }` не може бути від'ємним, а у файлі { $value }
check-below-one = { $label }: `{ $key }` має бути не менше за 1, а не { $value }
check-too-large-value = { $label }: `{ $key }` завеликий ({ $value })
check-missing-choice-help = додайте рядок `{ $key } = "…"` з одним зі значень: { $choices }
check-expected-choice = одним зі значень { $choices } у лапках
check-not-a-choice = { $label }: `{ $key }` має бути одним зі значень { $choices }, а не "{ $value }"
check-item-not-a-choice = { $label }: кожен елемент `{ $key }` має бути одним зі значень { $choices }, а не "{ $value }"
list-and = { $init } і { $last }
check-record-not-table = елемент { $section }[{ $n }] має бути записом (таблицею ключів), а не { $found }
check-record-not-table-help = запишіть кожен запис під власним заголовком `[[{ $section }]]`
check-section-single-table = `{ $section }` має бути списком записів, кожен під власним заголовком `[[{ $section }]]`, а не однією таблицею `[{ $section }]`
check-section-single-table-help = запишіть заголовок з подвійними дужками: `[[{ $section }]]`
check-section-wrong-type = `{ $section }` має бути списком записів у блоках `[[{ $section }]]`, а не { $found }
check-section-wrong-type-help = починайте кожен запис рядком заголовка `[[{ $section }]]`
check-no-campaign = немає таблиці `[campaign]`
check-no-campaign-help = вона є в кожному файлі кампанії; щонайменше:
    { $example }
check-campaign-list = `campaign` має бути однією таблицею `[campaign]`, а не списком таблиць `[[campaign]]`
check-campaign-list-help = запишіть заголовок з одинарними дужками, один раз: `[campaign]`
check-campaign-wrong-type = `campaign` має бути таблицею `[campaign]`, а не { $found }
check-campaign-wrong-type-help = напишіть рядок заголовка `[campaign]`, а під ним `name = "…"`
check-what-organisation = запису [[organisations]]
check-what-prisoner = запису [[prisoners]]
check-what-letter = запису [[letters]]
check-what-snooze = запису [[snoozed]]
check-what-facility = запису [[facilities]]
check-what-event = запису [[events]]
check-what-statement = запису [[statements]]
check-what-petition = запису [[petitions]]
check-what-tally = підрахунку
check-what-entry = елемента `{ $key }`
check-what-top-level = верхнього рівня файла кампанії
check-released-but-status = { $label }: задано `released` ({ $date }), але `status` — "{ $status }"
check-released-but-status-help = поставте `status = "released"` (чи "deceased") або видаліть `released`
check-verdict-before-arrest-help = вирок не може бути раніше за арешт; перевірте обидві дати
check-release-before-arrest-help = звільнення не може бути раніше за арешт; перевірте обидві дати
check-after-today = { $label }: `{ $key }` ({ $date }) пізніше за сьогодні ({ $today })
check-detained-after-today-help = сьогодні { $today } ({ $source }); перевірте рік у `detained`
check-due-and-months = { $label }: не можна задавати одночасно `release_due` і `sentence_months`
check-due-and-months-help = залиште `release_due`, якщо дату назвав суд чи кампанія, або `sentence_months`, щоб її обчислювали від `detained`
check-release-overdue = { $label }: звільнення очікувалося { $due }{ $estimate ->
    [yes] {" "}(затримання + `sentence_months`)
   *[no] {""}
}, { $n ->
    [one] { $days } день
    [few] { $days } дні
   *[many] { $days } днів
} тому (сьогодні { $today }), але `status` — "{ $status }"
check-release-overdue-help = перевірте, чи немає нового обвинувачення, або оновіть запис; у справах це значиться як прострочене
check-expected-entries = списком таблиць, кожна під заголовком `[[prisoners.{ $key }]]` після свого політв'язня, або [{ $example }]
check-entry-not-table = { $label }: { $key }[{ $n }] має бути таблицею, наприклад { $example }, а не { $found }
check-entry-not-table-help = запишіть його під заголовком `[[prisoners.{ $key }]]` після політв'язня
check-custody-and-own = { $label }: `{ $key }` задано і в політв'язня, і в `custody`: { $key } береться з місць утримання: перенесіть його туди
check-custody-and-own-help = видаліть тут `{ $key }` і задайте його в останньому елементі `custody` (`{ $key } = "…"` під його `[[prisoners.custody]]`): там політв'язень зараз
check-custody-order = { $label }: `since` ({ $since }) раніше за `since` елемента вище, custody[{ $n }] ({ $before })
check-custody-order-help = перелічуйте місця від найранішого, у тому порядку, в якому політв'язня там утримували; перевірте обидві дати
check-custody-before-arrest-help = перше місце утримання — те, куди політв'язня доставили під час арешту; перевірте обидві дати
check-custody-after-release = { $label }: `since` ({ $since }) пізніше за `released` ({ $released })
check-custody-after-release-help = `custody` перелічує місця поточного арешту, до звільнення; перевірте дати або запишіть арешт, що закінчився, у `earlier`
check-earlier-overlap = { $label }: цей арешт ({ $from } — { $to }) перетинається з earlier[{ $n }] ({ $before_from } — { $before_to }), елементом вище
check-earlier-overlap-help = попередні арешти перелічуються від найранішого, і кожен закінчується до початку наступного; перевірте дати
check-earlier-after-arrest = { $label }: `released` ({ $released }) пізніше за `detained` ({ $detained }), дату поточного арешту
check-earlier-after-arrest-help = `earlier` перелічує арешти, що закінчилися до поточного; перевірте дати
check-letter-after-today-help = сьогодні { $today } ({ $source }); лист записують, коли його надіслано або він надійшов
check-language-code = { $label }: `languages`: "{ $value }" — не код ISO 639-1
check-language-code-help = напишіть дві малі літери: be (білоруська), ru (російська), uk, pl, en, de, …
check-facility-twice = { $label }: `name` називає установу, яка вже є вище
check-facility-twice-help = об'єднайте два записи: враховуються лише guidance і transit_days першого
check-facility-unmatched = { $label }: `name` не збігається з установою жодного політв'язня
check-facility-unmatched-help = запишіть назву так, як її записано в `facility` чи `custody.facility` політв'язня (регістр, діакритика й абетка не мають значення)
check-letter-after-release = { $label }: лист надіслано { $date } політв'язню "{ $prisoner }", якого звільнили { $released }
check-letter-after-release-help = перевірте дату або політв'язня: листи йдуть тим, хто ще за ґратами
check-kept-address = адресу
check-kept-notes = нотатки
check-kept-writers = хто написав { $n ->
    [one] { $count } лист
    [few] { $count } листи
   *[many] { $count } листів
} (`by`)
check-kept-remove = видаліть { $keys } із запису (і з його місць утримання)
check-kept-remove-and-by = видаліть { $keys } із запису (і з його місць утримання), а `by` — з його { $n ->
    [one] { $count } листа
    [few] { $count } листів
   *[many] { $count } листів
}
check-kept-remove-by = видаліть `by` з його { $n ->
    [one] { $count } листа
    [few] { $count } листів
   *[many] { $count } листів
}
check-kept-past-release = { $label }: звільнений { $released }, понад { $n ->
    [one] { $days } день
    [few] { $days } дні
   *[many] { $days } днів
} тому, а файл досі зберігає { $kept }
check-kept-help = { $remove }; `campaign-dash strip` запише копію без них. `retain_days` у [campaign] задає, скільки днів вони можуть лишатися (зараз { $days }); `retention_warnings = false` у налаштуваннях вимикає це попередження
check-event-end-help = `date` — перший день, а `end` — останній; перевірте обидва
check-both-dates = перевірте обидві дати
check-expected-tallies = списком підрахунків, наприклад [{ $example }]
check-tally-not-table = { $label }: counts[{ $n }] має бути підрахунком, наприклад { $example }, а не { $found }
check-two-tallies = { $label }: два підрахунки на { $date } ({ $first } і { $second })
check-two-tallies-help = залиште один підрахунок на дату
check-tally-down = { $label }: підрахунок зменшується з { $from } на { $from_date } до { $to } на { $to_date }
check-tally-down-help = підписів під петицією може лише більшати; перевірте числа й дати
## $source: звідки береться сьогоднішній день.
check-today-source = { $source ->
    [flag] задано --today
    [as-of] `as_of` у [campaign]
   *[system] системна дата
}
check-file-empty = файл порожній
check-file-blank = файл порожній: у ньому лише пробільні символи
check-file-empty-help = у файлі кампанії є щонайменше:
    { $example }
check-odd-blank = некоректний TOML: у файлі лише пробільні символи і { $code }, який TOML не допускає як пробіл (допускаються лише пробіли, табуляції й переведення рядка)
check-odd-blank-help = видаліть його; у файлі кампанії є щонайменше:
    { $example }
check-too-much-structure = у файлі забагато ключів, значень і таблиць, щоб його прочитати: близько { $marks }, а читається не більше за { $max }
check-too-much-structure-help = у кампанії з 20,000 політв'язнів, 20,000 подій і 40,000 заяв їх близько 1,200,000; перевірте, що це файл кампанії, а не щось інше
check-newer-format = для цього файла потрібен новіший campaign-dash: формат файла { $format }, а цей campaign-dash читає формат { $reads }
check-newer-format-help = встановіть новіший campaign-dash
check-format-below-one = `format` має бути 1 або більше, а не { $value }
check-format-help = напишіть `format = { $format }` або не пишіть його зовсім
check-format-not-number = `format` має бути цілим числом, а не `{ $value }`
check-format-huge = для цього файла потрібен новіший campaign-dash: його `format` — дуже велике число
check-format-wrong-type = `format` має бути цілим числом, а не { $found }
check-format-wrong-type-help = напишіть `format = { $format }`, без лапок
check-stale-snooze = { $label }: `item` не відповідає жодній справі, а `until` ({ $until }) уже минув
check-stale-snooze-help = справу зроблено або її вже немає: видаліть цей запис [[snoozed]] (або звірте UID з `print --view agenda --format csv`)
check-top-level = верхній рівень
check-syntax-no-such-day = `{ $key }`: дня { $date } немає в календарі
check-nested-too-deep = некоректний TOML: значення вкладено глибше ніж на { $max } рівнів
check-invalid-toml = некоректний TOML: { $message }
check-duplicate-key-help = ключ може бути в таблиці лише один раз; кожен запис розділу починається з власного заголовка `[[section]]`
check-unquoted-help = візьміть текст у подвійні лапки: `key = "text"`
check-nested-too-deep-help = списки, вбудовані таблиці чи ключі з крапками можуть вкладатися не глибше ніж на { $max } рівнів; файлу кампанії треба не більше трьох
check-invalid-date-help = перевірте місяць і день: дати пишуться як YYYY-MM-DD
check-unclosed-header-help = заголовок пишеться в один рядок: `[[prisoners]]`, `[campaign]`
check-id-empty = порожній
check-id-too-long = задовгий: символів { $length }, а в id може бути не більше за { $max }
check-id-characters = може містити лише малі літери a-z, цифри, `-` і `_` і починатися з літери чи цифри
check-id-example = наприклад `yarashuk` чи `bkdp-2022`
check-bad-id = { $label }: id "{ $id }" { $why }
check-duplicate-id = { $label }: повторний id `{ $id }`: його вже має { $first } у рядку { $line }
check-duplicate-id-help = id у [[{ $section }]] мають бути унікальними; перейменуйте один із них
check-ref-list = { $label }: `{ $key }` називає один запис [[{ $section }]] за його id, а тут список
check-ref-list-help = напишіть один id: `{ $key } = "…"`
check-expected-ref = id запису [[{ $section }]] у лапках
check-no-ids-yet = жоден запис [[{ $section }]] ще не має id; дайте одному `id = "{ $id }"`
check-ids-are = id записів [[{ $section }]]: { $ids }
check-unknown-ref = { $label }: `{ $key }` посилається на "{ $id }", але це не id жодного запису [[{ $section }]]
check-did-you-mean = можливо, ви мали на увазі `{ $word }`?
check-error = помилка
check-warning = попередження
check-help = підказка
check-more-errors = { $n ->
    [one] { $count } помилка
    [few] { $count } помилки
   *[many] { $count } помилок
}
check-more-warnings = { $n ->
    [one] { $count } попередження
    [few] { $count } попередження
   *[many] { $count } попереджень
}
check-omitted = … і ще { $what } поза списком: показано лише перші { $max } проблем
check-summary-clean = { $file }: проблем не знайдено
check-summary-warnings = { $file }: завантажується, але є { $warnings }
check-summary-errors = { $file }: { $errors }; файл не можна завантажити, доки { $n ->
    [1] її
    [one] їх
    [few] їх
   *[many] їх
} не виправлять
check-summary-both = { $file }: { $errors } і { $warnings }; файл не можна завантажити, доки не виправлено помилки
check-conflict-markers = у файлі є маркери конфлікту злиття (рядки { $from }-{ $to }): розв'яжіть конфлікти або злийте через campaign-dash merge
check-conflict-markers-help = залиште одну сторону кожного конфлікту й видаліть рядки маркерів (<<<<<<<, =======, >>>>>>>), тоді збережіть; для git задайте campaign-dash як merge driver (див. посібник), щоб конфліктував лише ключ, змінений з обох боків
## Чому файл не можна прочитати: read-cannot містить одне з решти як $why.
read-cannot = не вдається прочитати { $path }: { $why }
read-not-found = такого файла немає (`campaign-dash init { $path }` створить там початковий файл)
read-directory = це каталог, а не файл кампанії
read-kind-fifo = іменований канал (FIFO)
read-kind-socket = сокет
read-kind-device = пристрій
read-kind-special = спеціальний файл
read-not-a-file = це { $kind }, а не файл кампанії; вкажіть шлях до звичайного файла
read-too-large = його розмір { $size } ({ $bytes } байтів), більше за { $max }, допустимі для файла кампанії
read-grew = поки він читався, він виріс понад { $max }, допустимі для файла кампанії
read-wrong-encoding = файл у кодуванні { $encoding }; збережіть його в UTF-8
read-encrypted = його зашифровано age; `campaign-dash decrypt { $path } -o FILE` відкриває його (з парольною фразою чи ключем identity)
read-not-utf8 = це не текст UTF-8 (байт { $byte } у рядку { $line }, стовпці { $column }, зсув { $offset }); збережіть його в UTF-8
read-not-utf8-at = це не текст UTF-8 (байт { $byte }, зсув { $offset }); збережіть його в UTF-8
read-permission = немає доступу (перевірте права на файл)
check-info = відомості
postal-more = ще { $count }
postal-by-alias = { $n ->
    [one] { $count } політв'язня
    [few] { $count } політв'язнів
   *[many] { $count } політв'язнів
} — за першим з інших імен кирилицею ({ $ids })
postal-by-name = { $n ->
    [one] { $count } політв'язня
    [few] { $count } політв'язнів
   *[many] { $count } політв'язнів
} — за ім'ям як записано, бо немає іншого імені кирилицею ({ $ids })
postal-note = немає postal_name: конверти називають { $names }; запишіть postal_name так, як вимагає тюремна пошта
say-no-editor = немає редактора: задайте $VISUAL чи $EDITOR (напр. export EDITOR=nano), щоб { $key } відкривав файл
say-editor-not-opened = не відкрито в редакторі: { $why }
say-editor-failed = не вдалося запустити редактор { $editor }: { $why }
say-editor-ended-kept = редактор { $editor } завершився з { $status }: файл такий, як був
say-editor-ended = редактор { $editor } завершився з { $status }
say-edited-copy-unread = не вдалося прочитати відредаговану копію ({ $why }): файл такий, як був
say-editor-unchanged = у редакторі нічого не змінено
ask-edit-again = Відредагований файл має { $errors } і не може бути зашифрований назад. Редагувати знову? [Y/n]
say-edit-not-kept = правка мала помилки й не збережена: файл такий, як був
say-edit-not-sealed = не записано: файл зашифрований, і { $why }
say-edit-kept-beside = не записано поверх файлу: він змінився на диску, поки ви редагували; вашу правку збережено, зашифровану, у { $side } (campaign-dash diff порівнює їх)
say-edit-lost-beside = не записано: файл змінився на диску, поки ви редагували, і { $side } не вдалося записати: { $why }
say-edit-sealed = правку зашифровано назад у файл
say-not-written = не записано: { $why }
say-record-line-not-found = рядок запису не знайдено: відкрито на початку
say-copy-failed = не вдалося скопіювати: { $why }
## The settings file's problems (campaign-dash config); the keys and names in backticks stay as written.
settings-invalid-toml-help = увесь файл пропущено: застосовуються всі типові налаштування
settings-must-be-bool = `{ $key }` має бути true або false
settings-identity = `identity` — це шлях до файлу з ключем identity для age, у лапках: "~/.config/campaign-dash/key.txt"
settings-lang = `lang` — одне зі значень { $codes }
settings-since = `since` — це ревізія git або день, у лапках: "HEAD~1", "2026-11-30"
settings-known = відомі: { $names }
settings-unknown-setting = невідоме налаштування `{ $name }`
settings-unknown-theme = невідома тема `{ $name }`
settings-unknown-role = невідома роль кольору `{ $name }`
settings-unknown-action = невідома дія `{ $name }`
settings-unknown-filter-action = невідома дія рядка фільтра `{ $name }`
settings-unknown-list = невідомий список `{ $name }`
settings-unknown-column = невідомий стовпець `{ $name }` у списку { $list }
settings-must-be-table = `{ $name }` має бути таблицею: заголовок `[{ $name }]` і ключі під ним
settings-must-be-names = `{ $name }` має бути списком назв у лапках, наприклад ["j", "down"]
settings-theme-one-of = тема має бути одним зі значень { $names } у лапках
settings-not-a-colour = `{ $role }`: `{ $value }` — не колір
settings-colour-help = колір — це назва (red, blue, lightgreen, darkgray, ...), номер одного з 256 кольорів (0-255) або #rrggbb
settings-colour-in-quotes = `{ $role }` має бути кольором у лапках
settings-key-taken = `{ $action }`: клавішу `{ $key }` уже призначено дії `{ $first }`
settings-key-taken-help = призначайте кожну клавішу лише одній дії
settings-unknown-key = `{ $action }`: невідома клавіша `{ $key }`
settings-key-names = клавіша — це символ ("j", "G", "?") або enter, esc, tab, backtab, up, down, left, right, home, end, pageup, pagedown, backspace, delete; перед нею може стояти "ctrl-" чи "alt-"
settings-no-keys = `{ $action }` не має клавіш; щоб лишити їй типові клавіші, не пишіть її зовсім
settings-last-key = `{ $by }` забирає в `{ $other }` останню клавішу: у неї не лишається жодної
settings-last-key-help = призначте `{ $other }` власну клавішу в [{ $section }]
settings-column-twice = `{ $list }`: `{ $column }` вказано двічі
settings-no-column = `{ $list }` не показує жодного стовпця: показано всі
settings-summary = { $file }: { $errors } і { $warnings }; кожну проблему пропущено, а замість неї застосовано типове значення
settings-none = немає файлу налаштувань за шляхом { $place }: застосовуються всі типові налаштування.
    `campaign-dash config --default > { $place }` запише файл, який можна змінювати.
settings-left-out = налаштування: { $n ->
    [one] { $count } проблему пропущено (подробиці: campaign-dash config)
    [few] { $count } проблеми пропущено (подробиці: campaign-dash config)
   *[many] { $count } проблем пропущено (подробиці: campaign-dash config)
}
settings-unreadable = налаштування: файл не вдалося прочитати; застосовуються типові налаштування
## The commands' own lines (diff, merge, encrypt, decrypt, strip, print, import, log, man); options and commands in them stay as typed.
cli-diff-format = diff виводить text, markdown або json, а не { $format }
cli-envelopes-presenting = режим показу приховує адреси: конверти не можна друкувати в режимі показу
cli-warnings-note = { $file }: { $warnings } (campaign-dash check { $file } перелічує { $n ->
    [1] його
    [one] їх
    [few] їх
   *[many] їх
})
cli-diff-which = версію задає --git або --since
cli-diff-one-file = --git і --since порівнюють один файл з його попередньою версією: вкажіть один файл
cli-diff-two-files = diff порівнює два файли: campaign-dash diff OLD NEW (або --git REV FILE)
cli-git-not-utf8 = git { $command }: це не текст UTF-8
cli-git-missing = програму git не знайдено: встановіть git або порівняйте два файли (campaign-dash diff OLD NEW)
cli-git-not-run = не вдалося запустити git: { $reason }
cli-no-commit-before = немає жодного коміту з { $file } раніше за { $day }
cli-cannot-read = не вдається прочитати { $file }: { $reason }
cli-side-not-loading = { $file } не завантажується, тому його не порівнюють запис за записом:
cli-output-failed = не вдалося записати вивід: { $reason }
cli-no-default-file = у цій теці немає { $file }.
    Вкажіть файл кампанії (`campaign-dash FILE`) або створіть початковий за допомогою `campaign-dash init`.
cli-nothing-merged = Нічого не злито.
cli-merge-side-broken = версія { $side } ({ $file }) не завантажується, тому нічого не злито: виправте її або злийте вручну
cli-merge-layout = версію { $side } ({ $file }) не можна злити запис за записом: { $why }. Нічого не злито: злийте вручну
cli-could-not-write = не вдалося записати { $file }: { $reason }
cli-conflicts-left = у { $file } { $n ->
    [one] лишився { $count } конфлікт
    [few] лишилося { $count } конфлікти
   *[many] лишилося { $count } конфліктів
}: залиште одну сторону кожного й видаліть рядки маркерів (<<<<<<<, =======, >>>>>>>), тоді запустіть `campaign-dash check`
cli-merged-broken = злитий файл не завантажується (кожна версія окремо була гаразд): виправте його в { $file }
cli-passphrase-command-not-run = не вдалося запустити --passphrase-command: { $reason }
cli-passphrase-command-failed = --passphrase-command завершився з помилкою ({ $status }): нічого не зроблено
cli-passphrase-not-utf8 = --passphrase-command видав парольну фразу, яка не є текстом UTF-8
cli-passphrase-for = Парольна фраза для { $file }
cli-passphrase-no-terminal = немає терміналу, щоб запитати парольну фразу: вкажіть --passphrase-command CMD
cli-passphrase-again = Повторіть її для перевірки
cli-passphrase-unreadable = не вдалося прочитати парольну фразу: { $reason }
cli-passphrases-differ = дві парольні фрази не збігаються: нічого не записано
cli-passphrase-empty = парольна фраза порожня: нічого не зроблено
cli-no-public-key = у { $file } немає жодного відкритого ключа
cli-encrypt-to-whom = для кого шифрувати? вкажіть -r RECIPIENT (age1…), -R FILE або --passphrase
cli-could-not-encrypt = не вдалося зашифрувати: { $reason }
cli-not-encrypted = { $file } не завантажується: нічого не зашифровано
cli-exists = { $file } уже існує: нічого не записано (--force замінює його)
cli-encrypted-passphrase = { $out } записано, зашифровано парольною фразою. { $file } досі лежить незашифрованим: щойно `campaign-dash decrypt { $out }` відкриє новий файл, видаліть { $file } (і його копії: у резервних копіях, у синхронізованій теці, в історії git).
cli-encrypted-keys = { $out } записано, зашифровано для { $n ->
    [one] { $count } відкритого ключа
    [few] { $count } відкритих ключів
   *[many] { $count } відкритих ключів
}. { $file } досі лежить незашифрованим: щойно `campaign-dash decrypt { $out }` відкриє новий файл, видаліть { $file } (і його копії: у резервних копіях, у синхронізованій теці, в історії git).
cli-plaintext-terminal = незашифрований текст не виводиться в термінал (він лишився б в історії прокручування): вкажіть -o OUT або передайте його через канал (|)
cli-cannot-decrypt = не вдається розшифрувати { $file }: { $reason }
cli-decrypted = { $out } записано: незашифрований текст { $file }, який можете читати лише ви. Видаліть його, коли закінчите.
cli-strip-unsound = очищена кампанія не була б тим самим списком (помилка campaign-dash): нічого не записано
cli-stripped = { $out } записано: { $n ->
    [one] { $count } політв'язень
    [few] { $count } політв'язні
   *[many] { $count } політв'язнів
}, вилучено: { $hidden } (і коментарі файлу)
cli-print-evening-format = --view { $view } друкується як text або pdf: додайте --format pdf -o FILE.pdf або не пишіть --format
cli-print-pdf-views = --format pdf друкує --view envelopes і --view sheets; решта подань друкується як text, markdown, csv, json, xlsx або ics
cli-print-labels = --labels і --envelope задають макет для --view envelopes --format pdf
cli-print-pdf-terminal = PDF — двійковий файл, і в термінал він не виводиться: вкажіть файл через -o FILE.pdf або перенаправте stdout (> FILE.pdf)
cli-print-all-xlsx = --view all записує книгу, по одному аркушу на подання: додайте --format xlsx -o FILE.xlsx
cli-print-all-filter = --filter і --sort діють на одне подання, а не на --view all
cli-print-raw-csv = --raw і --bom діють лише з --format csv
cli-print-xlsx-terminal = книга xlsx — двійковий файл, і в термінал вона не виводиться: вкажіть файл через -o FILE.xlsx або перенаправте stdout (> FILE.xlsx)
cli-print-over-campaign = -o { $file } — це файл кампанії, який читається; print ніколи його не перезаписує: вкажіть інший файл
cli-import-exists = { $file } уже існує; import ніколи не перезаписує файли: вкажіть новий
cli-import-seal-needs-age = -r, -R і --passphrase шифрують новий файл: назвіть його через -o FILE.age
cli-import-strict = { $file }: { $errors } з --strict; нічого не записано
cli-imported = { $file }: { $counted }, прочитано як { $read_as }
cli-imported-warnings = { $warnings } (кожне показано вище й збережено у файлі як коментар)
cli-imported-written = записано в { $file }
cli-log-has-errors = у { $file } є помилки, які треба спершу виправити; нічого не записано
cli-log-nothing-written = у { $file } нічого не записано
cli-since-unreadable = --since { $since }: цю версію не вдалося прочитати
cli-terminal-failed = збій терміналу: { $reason }
cli-man-not-folder = { $dir } — не тека (man --dir записує в наявну теку)
## Writing the version shown back over a file on disk that cannot be shown (R, and on quitting).
ask-write-back = Записати назад у { $file }: { $version }? На диску файл { $state }.
ask-write-back-quit = { $file } на диску { $state }. Записати показану версію назад перед виходом?
ask-write-back-yes = записати назад
ask-write-back-quit-no = вийти без запису
ask-write-back-stay = залишитися
back-empty = порожній
back-errors = має { $errors }
back-unreadable = не читається
back-size = { $state } і займає { $percent }% розміру показаної версії
back-version-from = версія від { $time }
back-version-at-start = версія, завантажена на початку
back-what = { $version }
banner-write-back = { $key } — записати її назад
say-written-back = { $file } записано назад: { $what }
say-nothing-to-write-back = нічого записувати назад: показаною версією перезаписується лише файл на диску, який порожній, має помилки або не читається
help-write-back = записати показану версію поверх зіпсованого файлу
## The local history of versions (campaign-dash history, restore).
say-history-failed = історію версій не вдалося записати ({ $why }); сам файл лишився таким, яким був
history-off = історію версій вимкнено (`history = false` у налаштуваннях) або немає домашньої теки, де її зберігати
history-none = жодної версії { $file } ще не збережено: зберігається кожна, що завантажується без помилок (інтерфейс, check, print)
history-head = { $file }: { $n ->
    [one] { $count } версія збережена
    [few] { $count } версії збережені
   *[many] { $count } версій збережено
} в { $dir } (N відлічується назад від останньої)
history-first = перша збережена
history-sealed = зашифрована (не порівнюється)
history-unreadable = не читається
history-no-record = жоден запис не змінено
history-changes = додано: { $added }, змінено: { $changed }, видалено: { $removed }
history-bytes = { $size } Б
history-records = { $records } зап.
history-how = campaign-dash restore { $file } --at N -o OUT записує версію N в OUT (--force: поверх самого { $file })
restore-no-such = в історії { $file } немає версії { $at } ({ $n ->
    [one] збережено { $count } версію
    [few] збережено { $count } версії
   *[many] збережено { $count } версій
}: campaign-dash history { $file } виводить їх список)
restore-written = { $out } записано: версія від { $time } (записів: { $records })
## What a reload changed (the status line), and the file watcher.
reload-summary = перечитано: { $changes }
reload-none = перечитано: без змін
reload-added = додано: { $n }
reload-changed = змінено: { $n }
reload-removed = видалено: { $n }
reload-removed-most = видалено: { $n }, більшість записів (чи файл збережено повністю?)
reload-campaign = таблиця [campaign] змінилася
reload-snoozes = відкладені справи змінилися
reload-facilities = місця ув'язнення ([[facilities]]) змінилися
reload-loads-now = { $file } тепер завантажується: показуємо його
say-not-watching = файл не відстежується ({ $why }): { $key } перечитує його
say-watch-failed = відстеження файлу не вдалося ({ $why }): { $key } перечитує його
