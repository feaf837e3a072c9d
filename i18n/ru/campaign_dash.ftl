# campaign-dash, по-русски. Слова — как у Вясны и ОВД-Инфо:
# политзаключённый, СИЗО, колония, петиция, пикет (docs/glossary.md).

tab-overview = Обзор
tab-prisoners = Политзаключённые
tab-events = События
tab-statements = Заявления
tab-organisations = Организации
tab-petitions = Петиции
tab-letters = Письма
tab-agenda = Дела

tab-short-overview = Обзор
tab-short-prisoners = Политз.
tab-short-events = События
tab-short-petitions = Петиции
tab-short-letters = Письма
tab-short-agenda = Дела
tab-short-statements = Заявл.
tab-short-organisations = Орг.

day-today = сегодня
day-tomorrow = завтра
day-yesterday = вчера
days-in = через { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
days-ago = { $n ->
    [one] { $count } день назад
    [few] { $count } дня назад
   *[many] { $count } дней назад
}
days = { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}

month-1 = янв
month-2 = фев
month-3 = мар
month-4 = апр
month-5 = май
month-6 = июн
month-7 = июл
month-8 = авг
month-9 = сен
month-10 = окт
month-11 = ноя
month-12 = дек

status-detained = задержаны
status-imprisoned = в заключении
status-restricted = ограничение свободы
status-released = освобождены
status-deceased = погибли

panel-figures = Цифры
panel-attention = Требует внимания
panel-next-events = Ближайшие события
panel-coming-up = Освобождения и дни рождения
panel-petitions = Петиции
panel-events-per-month = События по месяцам
panel-events-per-month-from = События по месяцам, { $from } — { $to }
panel-statements = Последние заявления
panel-changed = Изменения
panel-changed-since = Изменения с { $label }
panel-fewest = Меньше всего писем

figure-prisoners = Политзаключённые
figure-at-risk = { $total }, { $count } в особой опасности
figure-in-custody = Сейчас за решёткой
figure-days-behind-bars = Дней за решёткой
figure-days-combined = { $count } вместе
figure-partial-arrests = не больше: { $n ->
    [one] { $count } дата задержания известна только до месяца или года
    [few] { $count } даты задержания известны только до месяца или года
   *[many] { $count } дат задержания известны только до месяца или года
}
figure-events = События
figure-events-past-upcoming = { $past } прошло, { $upcoming } впереди
figure-countries = Страны
figure-statements = Заявления
figure-letters-30 = Письма, 30 дней
figure-letters-sent-received = { $sent } отправлено, { $received } получено
figure-no-letters = Ещё без писем
figure-prisoners-in-custody = { $n ->
    [one] { $count } политзаключённый за решёткой
    [few] { $count } политзаключённых за решёткой
   *[many] { $count } политзаключённых за решёткой
}

overview-no-one-in-custody = Никто не за решёткой.
overview-letters-fewest-first = Письма, отправленные за { $days } дней, сначала меньше всего:
overview-no-news = , без вестей { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
overview-nothing-due = Ничего просроченного или на эту неделю.
overview-first-to-do = Сделать сначала
overview-no-upcoming = В файле нет ближайших событий.
overview-now = сейчас
overview-releases-none = Освобождения в ближайшие 90 дней: нет
overview-releases = Освобождения в ближайшие 90 дней
overview-estimate = , оценка
overview-birthdays-hidden = Дни рождения: { $note }
overview-birthdays-none = Дни рождения в ближайшие 30 дней: нет
overview-birthdays = Дни рождения в ближайшие 30 дней (пошлите открытку)
overview-turns = { $name }: { $age } ({ $when })
overview-nothing-changed = Ничего не добавлено и не изменено с { $label }.
overview-added = { $count } добавлено
overview-changed = { $count } изменено
overview-no-count-goal = подписи ещё не подсчитаны (цель { $goal })
overview-no-count = подписи ещё не подсчитаны, цель не задана
overview-signatures-no-goal = { $count } подписей на { $date }, цель не задана
overview-signatures-of-goal = { $percent }%  { $count } из { $goal }
overview-no-petitions = В файле нет петиций.
overview-more = и ещё { $count } во вкладке «{ $tab }» ({ $number })
overview-not-shown = Не показано, увеличьте окно: { $names }
overview-no-statements = В файле нет заявлений.

group-overdue = Просрочено
group-this-week = Эта неделя
group-next-30 = Ближайшие 30 дней
group-later = Позже

agenda-events = { $n ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}
agenda-birthdays = { $n ->
    [one] { $count } открытка ко дню рождения
    [few] { $count } открытки ко дню рождения
   *[many] { $count } открыток ко дню рождения
}
agenda-releases = { $n ->
    [one] { $count } освобождение
    [few] { $count } освобождения
   *[many] { $count } освобождений
}
agenda-releases-overdue = { $n ->
    [one] { $count } просроченное освобождение
    [few] { $count } просроченных освобождения
   *[many] { $count } просроченных освобождений
}
agenda-anniversaries = { $n ->
    [one] { $count } годовщина
    [few] { $count } годовщины
   *[many] { $count } годовщин
}
agenda-letters = { $n ->
    [one] { $count } письмо
    [few] { $count } письма
   *[many] { $count } писем
}
agenda-checks = { $n ->
    [one] { $count } проверка
    [few] { $count } проверки
   *[many] { $count } проверок
}
agenda-petitions = { $n ->
    [one] { $count } петиция
    [few] { $count } петиции
   *[many] { $count } петиций
}

today = Сегодня
today-counted = все цифры — на этот день
today-source-flag = задано --today
today-source-as-of = дата as_of в файле
today-source-system = системная дата

hint-keep = оставить
hint-clear = очистить
hint-clear-line = очистить строку
hint-delete-word = удалить слово
hint-choose = выбрать
hint-open = открыть
hint-filter = фильтр
hint-tabs = вкладки
hint-help = справка
hint-quit = выйти
hint-move = движение
hint-detail = подробно
hint-sort = сортировать
hint-links = ссылки
hint-follow = перейти
hint-back = назад
hint-list = список
hint-scroll = прокрутка
hint-a-letter = буква
hint-sorts = сортирует (список выше)
hint-cancel = отменить
hint-today = сегодня

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Обзор: кампания одним взглядом
help-tab-prisoners = Политзаключённые
help-tab-events = События
help-tab-statements = Заявления
help-tab-organisations = Организации
help-tab-petitions = Петиции
help-tab-letters = Письма
help-tab-agenda = Дела: что сделать и к какому сроку
help-other-pane = между списком и подробностями
help-next-tab = следующая вкладка
help-prev-tab = предыдущая вкладка
help-down = следующая строка, ссылка или пункт
help-up = предыдущая строка, ссылка или пункт
help-page-down = страница вниз
help-page-up = страница вверх
help-top = первая строка (начало подробностей)
help-bottom = последняя строка (конец подробностей)
help-open = открыть подробности, выбранную ссылку или пункт
help-back = назад к списку (закрывает справку)
help-go-back = назад по пройденным ссылкам
help-filter = фильтровать список (слова или поле:значение; см. docs/filter.md)
help-toggle-filter = выключить и снова включить фильтр
help-next-match = следующее совпадение (без фильтра: во всём списке)
help-prev-match = предыдущее совпадение фильтра
help-sort = сортировать по следующему столбцу (или щёлкните заголовок)
help-reverse-sort = обратный порядок
help-present = режим показа: скрыть личное (адреса, заметки, ...)
help-reload = прочитать файл снова (делается само при сохранении)
help-edit = открыть файл в $VISUAL или $EDITOR на выбранной записи (в Проблемах: на проблеме)
help-copy = скопировать выбранную запись как текст
help-copy-address = скопировать адрес для конверта (каждого отмеченного)
help-log-letter = записать письмо политзаключённому (каждому отмеченному)
help-checked = записать проверку сегодня (каждого отмеченного)
help-agenda-act = дела: сделать то, что просит пункт
help-mark = отметить политзаключённого или снять отметку
help-mark-all = отметить всех показанных
help-clear-marks = снять отметки
help-pick-random = выбрать политзаключённого наугад
help-undo = отменить последнюю запись
help-snooze = дела: отложить пункт до дня
help-problems = список ошибок и предупреждений файла
help-suspend = приостановить и выйти в оболочку (fg возвращает)
help-help = показать или скрыть справку
help-quit = выйти (в справке: закрыть её)
help-quit-now = выйти откуда угодно
help-zoom = отдать весь экран выбранной панели (списку или подробностям) и обратно
help-sort-by = сортировать по столбцу: o, затем его буква (строка состояния их показывает; повтор — обратно)
help-edit-accept = оставить фильтр
help-edit-cancel = очистить фильтр
help-edit-next-field = следующее поле
help-edit-previous-field = предыдущее поле
help-edit-left = курсор влево
help-edit-right = курсор вправо
help-edit-home = начало строки
help-edit-end = конец строки
help-edit-backspace = удалить слева
help-edit-delete = удалить справа
help-edit-clear = очистить строку
help-edit-delete-word = удалить слово
help-edit-quit = выйти

## The help overlay

help-title = Клавиши
help-filter-line = В строке фильтра и в формах:
help-marks = Политзаключённые: { $marks } (подробности говорят, что и почему); ● отмечен.
help-mouse = Мышь: щёлкните вкладку, строку, заголовок (сортирует) или ссылку (переходит); колесо прокручивает.
help-close = { $back }, { $help } или { $quit } закрывает справку ({ $quit_now } — выход); { $down }, { $page }, { $top } прокручивают её.
help-more-above = ещё выше
help-more-below = ещё ниже
mark-risk = особая опасность
mark-earlier = с прежними арестами
mark-estimate = день ареста неизвестен

## The agenda's items

agenda-on-now = идёт сейчас, до { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = проверить запись: последний раз проверена { $date }
agenda-check-never = проверить запись: ни разу не проверена
agenda-place-takes = { $place }: почта идёт { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
agenda-post-takes = почта идёт { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
agenda-card-by = отправить открытку ко дню рождения до { $by }: { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
} { $birthday }; { $takes }
agenda-card-late = открытка опаздывает: отправить сегодня: { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
} { $birthday }; { $takes }
agenda-card-late-calendar = открытка опаздывает (отправить до { $by }): { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
} { $birthday }; { $takes }
agenda-estimate = (оценка)
agenda-due-out = освобождение { $date }{ $estimate }
agenda-due-out-from = освобождение { $date }, из: { $place }{ $estimate }
agenda-find-address = найти почтовый адрес: не записан
agenda-overdue = освобождение ожидалось { $due }{ $estimate }, { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
} назад: проверьте, нет ли нового обвинения, или обновите запись
agenda-overdue-calendar = освобождение ожидалось { $due }{ $estimate }: проверьте, нет ли нового обвинения, или обновите запись
agenda-years-since-arrest = { $n ->
    [one] { $count } год
    [few] { $count } года
   *[many] { $count } лет
} с ареста { $arrested }
agenda-days-behind-bars = { $count } дней за решёткой
agenda-days-behind-bars-earlier = { $count } дней за решёткой, с прежними арестами
agenda-write-last = написать письмо: последнее отправлено { $sent }
agenda-write-since-start = написать письмо: ни одного с начала кампании { $started }
agenda-write-since-arrest = написать письмо: ни одного с ареста { $arrested }
agenda-write-none = написать письмо: ни одного не отправлено
agenda-returned = проверить адрес: письмо вернулось { $back }
agenda-moved = написать на новый адрес: переведён в { $place } { $since }
agenda-of-goal = { $count } из { $goal }
agenda-signatures-after = : подписей { $count }
agenda-closes = закрывается { $when }{ $count }
agenda-closes-on = закрывается { $closed }{ $count }
agenda-goal-reached = цель достигнута { $date } (подписей { $count }): передать
agenda-count-last = записать число подписей: последнее { $date }
agenda-count-none = записать число подписей: ни одного с открытия { $since }
agenda-snoozed = отложено до { $until }
agenda-snoozed-note = отложено до { $until }: { $note }
agenda-head = Сегодня { $today }, до { $last }: { $count } · { $open } открывает · { $filter } фильтрует
agenda-head-items = { $n ->
    [one] { $count } дело
    [few] { $count } дела
   *[many] { $count } дел
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } отложенное дело
    [few] { $count } отложенных дела
   *[many] { $count } отложенных дел
}
agenda-head-of = { $shown } из { $total }
agenda-head-and-snoozed = { $count } · отложено: { $snoozed }
agenda-preparing = Готовится поиск для фильтра: дела появятся через миг.
agenda-no-match = Ни одно дело не подходит под фильтр.
agenda-nothing = Нечего делать в ближайшие { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}.

## The lists' columns (English: src/table.rs)

column-name = Имя
column-status = Статус
column-org = Орг.
column-detained = Задержан
column-days-held = Дней
column-due = Освобождение
column-sentence = Приговор
column-facility = Учреждение
column-events = События
column-stmts = Заявл.
column-no-news = Без вестей
column-sent = Писем
column-last-sent = Последнее
column-in-90d = За 90 дн.
column-unwritten = Без писем
column-risk = Угроза
column-checked = Проверено
column-date = Дата
column-kind = Вид
column-title = Название
column-city = Город
column-country = Страна
column-author = Автор
column-text = Текст
column-short = Сокращ.
column-members = Членов
column-host = Площадка
column-latest = Последнее
column-goal = Цель
column-progress = Прогресс
column-prisoner = Политзаключённый
column-direction = Направление
column-count = Сколько
column-channel = Способ
column-event = Событие
column-when = Когда

## The detail pane

detail-title = Подробно
detail-title-links = Подробно ({ $down } ссылки, { $open } перейти)
detail-title-scroll = Подробно ({ $down } прокрутка, { $back } назад)
detail-title-focus = Подробно ({ $pane } или { $open }: фокус)

## Подробности: заголовки, пометки и вычисленное; подписи строк (field-…)

field-address = адрес
field-aliases = другие имена
field-attendance = участники
field-author = автор
field-born = рождение
field-by = кто
field-channel = способ
field-charges = статьи
field-checked = проверено
field-city = город
field-closed = закрыта
field-count = сколько
field-country = страна
field-date = дата
field-days-held = дней в неволе
field-delivered = передана
field-detained = задержание
field-direction = направление
field-event = событие
field-facility = учреждение
field-goal = цель
field-host = площадка
field-id = id
field-interests = интересы
field-kind = вид
field-language = язык
field-latest-count = последний счёт
field-letters = письма
field-letters-there = письма туда
field-no-news = без вестей
field-notes = Заметки
field-opened = открыта
field-organisation = организация
field-organisations = организации
field-postal-name = имя для почты
field-prisoner = заключённый
field-prisoners = заключённые
field-progress = прогресс
field-reads = читает на
field-release-due = срок выхода
field-released = освобождён
field-released-how = как освобождён
field-risk = опасность
field-role = роль
field-sentence = приговор
field-sentence-months = срок, мес.
field-sentenced = дата приговора
field-short = сокращение
field-source = источник
field-sources = источники
field-sponsors = опекуны
field-status = статус
field-summary = Кратко
field-time = время
field-translation-english = Перевод (англ.)
field-url = ссылка
field-venue = место

detail-timeline = Хронология
detail-letters = Письма
detail-events-naming = События, где он или она названы
detail-statements-naming = Заявления, где он или она названы
detail-organisations = Организации
detail-prisoners-demanded = Политзаключённые, чьей свободы требовали
detail-letters-written-here = Письма, написанные здесь
detail-statements-at-event = Заявления на событии
detail-text = Текст
detail-member-prisoners = Политзаключённые — члены
detail-events = События
detail-statements = Заявления
detail-petitions-hosted = Петиции на площадке
detail-tallies = Подсчёты
detail-none-recorded = ничего не записано
detail-none-named = никто не назван
detail-none-listed = никого нет в списке
detail-none = нет
detail-no-tallies = подсчётов нет
detail-no-news-since-letter = с последнего полученного письма, { $date }
detail-no-news-since-arrest = с ареста: ни одного письма не получено
detail-no-news = { $days }, { $since }
detail-turns = исполнится { $age } — { $date }, { $when }
detail-aged-60 = { $tag } (60 лет и старше)
detail-held-combined-now = { $days }, арестов вместе: { $arrests }; этот — { $this } на { $today }
detail-held-combined = { $days }, арестов вместе: { $arrests }; последний — { $this }
detail-held-now = { $days } на { $today }
detail-held = { $days } за решёткой
detail-held-estimate = ~: арест, известный лишь с точностью до месяца или года, считается с его первого дня
detail-held-unknown = неизвестно (нет даты задержания или освобождения)
detail-due-estimate = оценка: задержание + месяцы срока
detail-letter-takes = письмо идёт { $days }
detail-event-past = прошло, { $when }
detail-event-now = идёт сейчас
detail-event-upcoming = предстоит, { $when }
detail-upcoming = предстоит
detail-about = около { $count }
detail-none-set = не задана
detail-signatures-on = { $n ->
    [one] { $count } подпись на { $date }
    [few] { $count } подписи на { $date }
   *[many] { $count } подписей на { $date }
}
detail-no-count = подсчёта ещё нет
detail-of-goal = { $percent }% цели
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] Письмо политзаключённому
        [received] Письмо от политзаключённого
       *[returned] Вернувшееся письмо политзаключённому
    }
   *[other] { $way ->
        [sent] Письма и открытки ({ $count }) политзаключённому
        [received] Письма и открытки ({ $count }) от политзаключённого
       *[returned] Вернувшиеся письма ({ $count }) политзаключённому
    }
}: { $name }
detail-no-such-prisoner = { $name } (ни у одного политзаключённого нет такого id)

dates-from-to = { $from } — { $to }
timeline-earlier = прежний арест, { $days } в неволе
timeline-earlier-kind = прежний арест ({ $kind }), { $days } в неволе
timeline-sentence = приговор: { $sentence }
timeline-arrested = арест
timeline-so-far = { $days } на сегодня
timeline-address = адрес: { $address }
timeline-verdict = приговор
timeline-release-due = срок выхода
timeline-estimate = оценка
timeline-released = освобождение
letter-sent = отправлено
letter-received = получено
letter-returned = вернулось
letter-by-post = почтой
letter-by-courier = через курьера
letter-in-parcel = в посылке
letter-online = онлайн
letter-by-other = другим способом
letter-from = от: { $name }
letter-to = кому: { $name }
letters-sent = отправлено: { $count }
letters-received = получено: { $count }
letters-returned = вернулось: { $count }
letters-last = { $what } (последнее { $date })

list-filter = фильтр: { $query }
list-preparing = { $what ->
    [filter] готовится фильтр…
    [sort] готовится сортировка…
   *[both] готовятся фильтр и сортировка…
}
list-shown-of = { $shown } из { $total }
list-unfinished = не дописан
list-filter-off = фильтр выключен: { $query }, совпадений: { $count } ({ $on }: включить, { $jump }: к следующему)
list-sort-by = по { $column }
list-empty = В этом файле нет записей: { $lower }.
list-preparing-search = Готовится поиск по { $count } записям ({ $lower }): строки появятся через мгновение. Клавиши уже работают.
list-no-match = Ничто не подходит под фильтр `{ $filter }`{ $which ->
    [last] {" "}(последний без ошибки)
   *[typed] {""}
}. { $change } — изменить его, { $clear } в строке фильтра — очистить.
detail-lines = строки { $from }-{ $to } из { $total }
detail-nothing-selected = Ничего не выбрано.
filter-prompt = Фильтр
filter-finding = ищутся совпадения среди { $total }…
filter-clears = { $key } очистить
filter-keeps = { $key } оставить

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = имя, одно из других имён или имя для почты
filter-prisoner-status = detained, imprisoned, restricted, released или deceased
filter-prisoner-org = название организации или её сокращённое название
filter-prisoner-role = роль, напр. president
filter-prisoner-charge = одна из статей
filter-prisoner-facility = где содержится, напр. колония
filter-prisoner-sentence = срок, как он записан, напр. "9 years"
filter-prisoner-notes = заметки и обстоятельства освобождения
filter-prisoner-interest = о чём политзаключённому интересно читать в письмах
filter-prisoner-sponsor = один из опекунов
filter-prisoner-reads = язык, на котором читает, напр. reads:be
filter-prisoner-id = id записи
filter-prisoner-born = дата рождения
filter-prisoner-detained = дата ареста
filter-prisoner-sentenced = дата приговора
filter-prisoner-released = дата освобождения
filter-prisoner-due = ожидаемое освобождение, записанное или рассчитанное
filter-prisoner-days = дни за решёткой за все аресты вместе (столбец «Дней»), напр. days:>1000
filter-prisoner-events = сколько событий упоминают политзаключённого, напр. events:0
filter-prisoner-statements = сколько заявлений упоминают политзаключённого, напр. statements:0
filter-prisoner-risk = почему под особой угрозой: health, disability, elderly (также по born), mental-health, isolation, incommunicado, terror-list или other
filter-prisoner-moved = когда перевели в другое место содержания
filter-prisoner-news = дни без полученного письма, напр. news:>60
filter-prisoner-letters = сколько писем записано, напр. letters:0
filter-prisoner-sent90 = письма, отправленные за последние 90 дней, напр. sent90:<3
filter-prisoner-unwritten = дни с отправки последнего письма (или с ареста), напр. unwritten:>60
filter-event-title = название
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online или other
filter-event-date = день или дни события
filter-event-city = город
filter-event-country = страна
filter-event-venue = место проведения
filter-event-org = название организации или её сокращённое название
filter-event-prisoner = политзаключённый, упомянутый в событии
filter-event-summary = краткое содержание
filter-event-id = id записи
filter-statement-author = кто сказал или написал
filter-statement-role = роль автора
filter-statement-org = организация, от имени которой сказано, по названию или сокращению
filter-statement-event = название события, на котором оно сделано
filter-statement-prisoner = политзаключённый, упомянутый в заявлении
filter-statement-text = слова или их перевод
filter-statement-lang = код языка, напр. en, pt, be (pt находит и pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview или other
filter-statement-date = день, когда сказано или опубликовано
filter-statement-id = id записи
filter-organisation-name = название или сокращённое название
filter-organisation-short = сокращённое название
filter-organisation-kind = вид, напр. union, federation
filter-organisation-country = страна
filter-organisation-notes = заметки
filter-organisation-id = id записи
filter-petition-title = название
filter-petition-host = название или сокращённое название площадки
filter-petition-opened = день открытия
filter-petition-closed = день закрытия
filter-petition-id = id записи
filter-letter-prisoner = политзаключённый, которому письмо ушло или от которого пришло
filter-letter-event = событие, на котором письмо написано
filter-letter-by = кто написал или получил
filter-letter-notes = заметки
filter-letter-direction = sent, received или returned
filter-letter-channel = post, courier, parcel, online или other
filter-letter-date = день, когда письмо отправлено или пришло
help-filter-fields = Поля фильтра в «{ $tab }», каждое пишется поле:значение (org:bkdp, days:>1000, -status:released):

form-date = дата
form-direction = направление
form-count = сколько
form-channel = способ
form-by = кто
form-event = событие
form-notes = заметки
form-until = до
form-note = пометка
edit-letter = { $way ->
    [sent] отправлено
    [received] получено
   *[returned] вернулось
} { $n ->
    [1] письмо
   *[other] писем: { $n },
} { $way ->
    [sent] политзаключённому
    [received] от политзаключённого
   *[returned] от политзаключённого
} { $prisoner } { $date }
edit-checked = { $id }: проверено { $date }
edit-released = { $id }: освобождён { $date }
edit-delivered = петиция { $id } передана { $date }
edit-snooze = дело отложено до { $until } ({ $item })
edits-none = ничего
edits-letters = письмо каждому из политзаключённых ({ $n }) { $date }
edits-snoozed = дел отложено до { $until }: { $n }
edits-checked = политзаключённых проверено { $date }: { $n }
edits-changes = изменений: { $n }
form-title = Записать в файл
form-foot = { $accept } — записать · { $next } — следующее поле · { $cancel } — отменить
form-writing = записывается в файл…
form-more = ещё { $n }
form-no-event = ни одно событие не подходит
form-type-event = напишите часть id или названия события
form-count-empty = 1, если пусто
form-log-one = Записать письмо: { $name }
form-log-many = Записать письмо каждому из отмеченных политзаключённых ({ $n })
form-released = Освобождён: { $name }
form-snooze = Отложить: { $what }
ask-write = Записать в файл: { $what }?
ask-or = { $a } или { $b }
ask-yes = записать
ask-no = нет
ask-overdue = Срок освобождения политзаключённого { $name } прошёл. Что известно?
ask-overdue-released = освобождён: ввести дату
ask-overdue-edit = новое обвинение или приговор: открыть редактор на записи
ask-overdue-checked = ничего нового: отметить запись проверенной сегодня
ask-overdue-nothing = ничего не делать

say-not-loaded = показанный файл — не тот, что на диске: ничего нельзя записать, пока он не загрузится
say-write-running = запись ещё идёт
say-log-needs-prisoner = { $log } записывает письмо выбранному политзаключённому (или отмеченным через { $mark }): выберите в { $tab }
say-nothing-written = ничего не записано
say-not-after-today = не позже сегодняшнего дня ({ $today }): дело не было бы отложено
say-value-refused = не записано: одно из значений не принято (см. форму)
say-writing = записывается: { $what }…
say-checked-needs-prisoner = { $key } отмечает выбранного политзаключённого проверенным сегодня: выберите в { $tab }
say-nothing-to-write = для этого дела нечего записывать: { $open } открывает запись, { $snooze } откладывает дело
say-agenda-only = { $key } { $does }: { $agenda } открывает дела
does-agenda-act = делает то, что просит дело
does-snooze = откладывает дело
say-nothing-chosen = в делах ничего не выбрано
say-nothing-to-undo = нечего отменять: в этом сеансе ничего не записывалось
say-not-undone = не отменено: файл изменился после той записи (отмените в редакторе)
say-undoing = отменяется: { $what }…
say-undone = отменено: файл такой, каким был до записи «{ $what }»
say-wrote = записано: { $what } ({ $undo } — отменить)
say-wrote-at = записано: { $what }, { $place } ({ $undo } — отменить)
say-changed-meanwhile = файл тем временем изменился на диске: ничего не записано; он читается заново, и запись предлагается снова
say-would-break = не записано: файл стал бы ошибочным: { $first }
say-record-gone = записи, для которой это было, в файле больше нет: ничего не записано
say-marks-prisoners = отметки — для политзаключённых: { $tab } открывает их
say-marked = отмечено: { $n }
say-pick-needs = { $key } выбирает случайного политзаключённого: { $tab } открывает список
say-nobody = ни один политзаключённый не показан: некого выбрать
say-picked = выбран(а) { $name } из показанных ({ $shown }){ $why }
say-unmarked = отметки сняты: { $count }

print-summary = { $view }: { $count }, на { $today } ({ $source })
print-matching = { $shown } из { $total } по фильтру { $filter }
print-sorted = сортировка: { $sort }
print-empty-filtered = Ни одна запись ({ $lower }) не подходит под фильтр.
print-agenda = { $agenda }: { $count }, на { $today } ({ $source }), до { $last } ({ $days })
print-agenda-matching = { $shown } из { $of } по фильтру
print-agenda-left-out = { $count } (отложенные не показаны: { $snoozed })

count-errors = { $n ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
count-warnings = { $n ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
banner-hidden = в { $file }: { $problems }, файл нельзя показать (подробности скрыты в режиме показа)
banner-empty = { $file } пуст
banner-removed = { $file } удалён
banner-nothing = нечего показать, пока файл не загрузится
banner-since = показана версия от { $time }
banner-since-start = показана версия, загруженная при запуске
banner-problems = { $key } — все проблемы
problems-title = Проблемы: { $counts } в { $file } ({ $whose ->
    [unloaded] будет показан, когда исправят и сохранят
    [saved] как сохранён сейчас, не показан
   *[shown] показанная версия
})
problems-keys-scroll = { $down } — прокрутка · { $edit } — править первую · { $close } — закрыть
problems-keys = { $edit } открывает редактор на первой проблеме · { $close } — закрыть

## The status line: copying, the editor, moving about.
say-no-record-selected = запись не выбрана: список пуст
say-no-problem-to-open = нет проблемы, которую можно открыть
say-nothing-to-copy = здесь нечего копировать: выберите запись в списке
say-copied-lines-cut = строки: первые { $kept } из { $count }
say-copied-lines = { $n ->
    [one] { $count } строка
    [few] { $count } строки
   *[many] { $count } строк
}
say-copied-record = скопировано в буфер обмена: { $name } ({ $lines })
say-envelope-needs-prisoners = { $key } копирует конверт политзаключённого: { $tab } открывает политзаключённых
say-addresses-hidden = в режиме показа адреса скрыты: ничего не скопировано
say-no-prisoner-selected = политзаключённый не выбран
say-no-address = { $name }: адреса в файле нет, ничего не скопировано
## $from: where the name on the envelope comes from.
say-copied-envelope = скопирован конверт: { $name }{ $from ->
    [alias] {" "}(имя: первое из других имён на кириллице)
    [name] {" "}(имя как записано: нет postal_name)
   *[postal] {""}
}
say-envelopes-without-address = { $n ->
    [one] { $count } политзаключённый без адреса в файле
    [few] { $count } политзаключённых без адреса в файле
   *[many] { $count } политзаключённых без адреса в файле
}
say-envelopes-without-postal-name = { $n ->
    [one] { $count } без postal_name
    [few] { $count } без postal_name
   *[many] { $count } без postal_name
}
say-no-marked-address = ни у одного отмеченного нет адреса в файле: ничего не скопировано
say-copied-envelopes = скопированы в буфер обмена конверты { $n ->
    [one] { $count } отмеченного политзаключённого
    [few] { $count } отмеченных политзаключённых
   *[many] { $count } отмеченных политзаключённых
}{ $notes }
say-overview-one-pane = в обзоре одна панель: 2-6 или ←/→ открывают список
say-list-empty-no-detail = список пуст: подробностей нет
say-no-links = эта запись ни на что не ссылается
say-no-link-on-screen = на экране нет ссылки: { $keys } — выбрать
say-filter-off-to-show = фильтр `{ $filter }` выключен, чтобы показать эту запись; f снова включает его
say-presenting = режим показа: скрыты { $hidden }; { $key } показывает их
say-presenting-off = режим показа выключен: показаны все поля
say-sort-unchanged = сортировка не изменилась
say-no-filter = у этого списка нет фильтра: { $key } — ввести его
say-filter-waiting = ищутся совпадения фильтра: минутку
say-no-match = совпадений нет
say-no-zoom = в обзоре нечего разворачивать на весь экран: { $tabs } открывают список
say-zoom-too-narrow = терминал слишком узкий для списка и подробностей рядом
say-zoom-off = список и подробности рядом
say-zoom-list = список на весь экран: { $key } возвращает обе панели
say-zoom-detail = подробности на весь экран: { $key } возвращает обе панели
say-no-sort = в обзоре нет списка для сортировки: { $tabs } открывают список
say-sort-by = сортировать по:
say-no-such-sort-letter = ни у одного столбца нет буквы { $letter }: сортировка не изменилась
## $column: the sort's name as `--sort` takes it (English).
say-sorted = сортировка: { $column } { $descending ->
    [yes] ▼ по убыванию
   *[no] ▲ по возрастанию
}
say-own-order = список в собственном порядке
say-agenda-nothing-to-open = в делах нечего открыть
say-nothing-to-go-back-to = переходов по ссылкам не было: некуда возвращаться
say-overview-nothing-to-choose = в обзоре нечего выбрать
say-overview-nothing-to-open = в обзоре нечего открыть
hidden-addresses = адреса
hidden-birthdays = дни рождения
hidden-letter-writers = авторы писем
hidden-notes = заметки
hidden-risk-tags = причины опасности
hidden-sponsors = опекуны
present-hiding = { $marker }: скрываются { $hidden }…
check-jump-note = Чтобы перейти к проблеме: редакторы открывают FILE:LINE:COL, как в списке (vim +LINE FILE, code -g FILE:LINE:COL);
    в интерфейсе ! показывает проблемы, а e открывает $VISUAL или $EDITOR на первой из них.
check-places-note = режим показа: только место каждой проблемы; её сообщение и строка файла не показываются, так как могут цитировать любое поле (адрес, заметку). Без --present (или в интерфейсе, когда p выключил режим показа) они показываются.
read-not-found-settings = такого файла нет (`campaign-dash config --default > { $path }` запишет его туда)
read-directory-settings = это папка, а не файл настроек
read-not-a-file-settings = это { $kind }, а не файл настроек; укажите путь к обычному файлу

## check: что загрузчик говорит о файле (`check`, окно проблем).
## $label называет запись: prisoners[3] "yarashuk"; $key — ключ файла,
## он остаётся английским.
## check-found-* и check-expected-* — в творительном падеже: «должен быть X, а не Y».
check-found-text = текстом "{ $text }"
check-found-integer = целым числом { $value }
check-found-number = числом { $value }
check-found-boolean = логическим значением { $value }
check-found-date-time = датой со временем { $value }
check-found-date = датой { $value }
check-found-time = временем суток { $value }
check-found-list = списком
check-found-table = таблицей
check-missing-key = { $label }: нет обязательного ключа `{ $key }`
check-missing-key-help = добавьте в эту запись `{ $key } = { $example }`
check-misplaced-top-key-help = `{ $key }` — ключ верхнего уровня, но здесь он читается как часть { $label }; запишите его записи блоками `[[{ $key }]]` или перенесите его выше первого заголовка
check-keys-of = допустимые ключи { $what }: { $keys }
check-unknown-key = { $label }: неизвестный ключ `{ $key }`
check-put-in-quotes = возьмите в кавычки: `{ $key } = "{ $value }"`
check-expected-text = текстом в кавычках
check-wrong-type = { $label }: `{ $key }` должен быть { $expected }, а не { $found }
check-empty = { $label }: `{ $key }` пуст
check-empty-help = впишите { $key } в кавычки
check-item-link = ссылкой
check-items-link = ссылок
check-item-text = текстом
check-items-text = текстов
check-item-language = языком
check-items-language = языков
check-item-name = именем
check-items-name = имён
check-item-organisation-id = id записи [[organisations]]
check-items-organisation-id = id записей [[organisations]]
check-item-prisoner-id = id записи [[prisoners]]
check-items-prisoner-id = id записей [[prisoners]]
check-item-event-id = id записи [[events]]
check-items-event-id = id записей [[events]]
check-item-wrong-type = { $label }: элемент { $n } в `{ $key }` должен быть { $what } в кавычках, а не { $found }
check-single-text = { $label }: `{ $key }` должен быть списком { $what }, а не одним текстом
check-single-text-help = возьмите в квадратные скобки: `{ $key } = ["{ $value }"]`
check-expected-list = списком { $what }, например ["…", "…"]
check-no-such-day = { $label }: `{ $key }`: дня { $date } не существует
check-date-not-date-time = { $label }: `{ $key }` — это дата, а не дата со временем
check-write = напишите `{ $value }`
check-date-not-time = { $label }: `{ $key }` — это дата, а записано время суток { $time }
check-date-not-time-help = напишите дату, например `2023-04-19`
check-not-a-date = { $label }: `{ $key }`: "{ $value }" — не дата
check-no-such-day-in-calendar = { $label }: `{ $key }`: дня { $date } нет в календаре
check-year-as-integer = { $label }: `{ $key }` должен быть датой, а не целым числом { $year }
check-year-as-integer-help = один год пишется в кавычках: `{ $key } = "{ $year }"`
check-expected-partial-date = датой, например 2023-04-19 (или "2023-04", "2023")
check-expected-date = датой, например 2023-04-19
check-needs-full-date-month = { $label }: `{ $key }` требует полной даты (YYYY-MM-DD); "{ $date }" даёт только месяц
check-needs-full-date-year = { $label }: `{ $key }` требует полной даты (YYYY-MM-DD); "{ $date }" даёт только год
check-needs-full-date-required = допишите и день: полная дата здесь обязательна
check-needs-full-date-optional = допишите и день; если он неизвестен, не пишите `{ $key }` вовсе
check-remove-spaces = удалите пробелы: "{ $value }"
check-year-first = даты пишутся с года: `{ $date }`, если имелся в виду день { $day } месяца { $month }
check-date-shape-partial = запишите как YYYY-MM-DD (напр. `2022-04-19`) или "YYYY-MM" либо "YYYY", если известен только месяц или год
check-date-shape = запишите как YYYY-MM-DD, напр. `2022-04-19`
check-month-has-days = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year } — { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
}
check-before = { $label }: `{ $later_key }` ({ $later }) раньше, чем `{ $earlier_key }` ({ $earlier })
check-expected-count = целым числом больше 0
check-expected-whole-number = целым числом (0 или больше)
check-number-without-quotes = напишите число без кавычек: `{ $key } = { $value }`
check-too-large = { $label }: `{ $key }` слишком велик
check-largest = наибольшее значение — { $max }
check-not-a-number = { $label }: `{ $key }`: `{ $value }` — не число
check-not-a-number-help = напишите целое число, напр. `{ $key } = { $example }` (после 0x, 0o или 0b идут его цифры)
check-negative = { $label }: `{ $key }` не может быть отрицательным, а в файле { $value }
check-below-one = { $label }: `{ $key }` должен быть не меньше 1, а не { $value }
check-too-large-value = { $label }: `{ $key }` слишком велик ({ $value })
check-missing-choice-help = добавьте строку `{ $key } = "…"` с одним из значений: { $choices }
check-expected-choice = одним из значений { $choices } в кавычках
check-not-a-choice = { $label }: `{ $key }` должен быть одним из значений { $choices }, а не "{ $value }"
check-item-not-a-choice = { $label }: каждый элемент `{ $key }` должен быть одним из значений { $choices }, а не "{ $value }"
list-and = { $init } и { $last }
check-record-not-table = элемент { $section }[{ $n }] должен быть записью (таблицей ключей), а не { $found }
check-record-not-table-help = запишите каждую запись под собственным заголовком `[[{ $section }]]`
check-section-single-table = `{ $section }` должен быть списком записей, каждая под собственным заголовком `[[{ $section }]]`, а не одной таблицей `[{ $section }]`
check-section-single-table-help = запишите заголовок с двойными скобками: `[[{ $section }]]`
check-section-wrong-type = `{ $section }` должен быть списком записей в блоках `[[{ $section }]]`, а не { $found }
check-section-wrong-type-help = начинайте каждую запись строкой заголовка `[[{ $section }]]`
check-no-campaign = нет таблицы `[campaign]`
check-no-campaign-help = она есть в каждом файле кампании; как минимум:
    { $example }
check-campaign-list = `campaign` должен быть одной таблицей `[campaign]`, а не списком таблиц `[[campaign]]`
check-campaign-list-help = запишите заголовок с одинарными скобками, один раз: `[campaign]`
check-campaign-wrong-type = `campaign` должен быть таблицей `[campaign]`, а не { $found }
check-campaign-wrong-type-help = напишите строку заголовка `[campaign]`, а под ней `name = "…"`
check-what-organisation = записи [[organisations]]
check-what-prisoner = записи [[prisoners]]
check-what-letter = записи [[letters]]
check-what-snooze = записи [[snoozed]]
check-what-facility = записи [[facilities]]
check-what-event = записи [[events]]
check-what-statement = записи [[statements]]
check-what-petition = записи [[petitions]]
check-what-tally = подсчёта
check-what-entry = элемента `{ $key }`
check-what-top-level = верхнего уровня файла кампании
check-released-but-status = { $label }: задан `released` ({ $date }), но `status` — "{ $status }"
check-released-but-status-help = поставьте `status = "released"` (или "deceased") либо удалите `released`
check-verdict-before-arrest-help = приговор не может быть раньше ареста; проверьте обе даты
check-release-before-arrest-help = освобождение не может быть раньше ареста; проверьте обе даты
check-after-today = { $label }: `{ $key }` ({ $date }) позже сегодняшнего дня ({ $today })
check-detained-after-today-help = сегодня { $today } ({ $source }); проверьте год в `detained`
check-due-and-months = { $label }: нельзя задавать одновременно `release_due` и `sentence_months`
check-due-and-months-help = оставьте `release_due`, если дату назвал суд или кампания, или `sentence_months`, чтобы она вычислялась от `detained`
check-release-overdue = { $label }: освобождение ожидалось { $due }{ $estimate ->
    [yes] {" "}(задержание + `sentence_months`)
   *[no] {""}
}, { $n ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад (сегодня { $today }), но `status` — "{ $status }"
check-release-overdue-help = проверьте, нет ли нового обвинения, или обновите запись; в делах это значится как просроченное
check-expected-entries = списком таблиц, каждая под заголовком `[[prisoners.{ $key }]]` после своего политзаключённого, или [{ $example }]
check-entry-not-table = { $label }: { $key }[{ $n }] должен быть таблицей, например { $example }, а не { $found }
check-entry-not-table-help = запишите его под заголовком `[[prisoners.{ $key }]]` после политзаключённого
check-custody-and-own = { $label }: `{ $key }` задан и у политзаключённого, и в `custody`: { $key } берётся из мест содержания: перенесите его туда
check-custody-and-own-help = удалите здесь `{ $key }` и задайте его в последнем элементе `custody` (`{ $key } = "…"` под его `[[prisoners.custody]]`): там политзаключённый сейчас
check-custody-order = { $label }: `since` ({ $since }) раньше, чем `since` элемента выше, custody[{ $n }] ({ $before })
check-custody-order-help = перечисляйте места от самого раннего, в том порядке, в каком политзаключённого там содержали; проверьте обе даты
check-custody-before-arrest-help = первое место содержания — то, куда политзаключённого доставили при аресте; проверьте обе даты
check-custody-after-release = { $label }: `since` ({ $since }) позже, чем `released` ({ $released })
check-custody-after-release-help = `custody` перечисляет места текущего ареста, до освобождения; проверьте даты или запишите закончившийся арест в `earlier`
check-earlier-overlap = { $label }: этот арест ({ $from } — { $to }) пересекается с earlier[{ $n }] ({ $before_from } — { $before_to }), элементом выше
check-earlier-overlap-help = прежние аресты перечисляются от самого раннего, и каждый заканчивается до начала следующего; проверьте даты
check-earlier-after-arrest = { $label }: `released` ({ $released }) позже, чем `detained` ({ $detained }), дата текущего ареста
check-earlier-after-arrest-help = `earlier` перечисляет аресты, закончившиеся до текущего; проверьте даты
check-letter-after-today-help = сегодня { $today } ({ $source }); письмо записывается, когда оно отправлено или пришло
check-language-code = { $label }: `languages`: "{ $value }" — не код ISO 639-1
check-language-code-help = напишите две строчные буквы: be (белорусский), ru (русский), uk, pl, en, de, …
check-facility-twice = { $label }: `name` называет учреждение, которое уже есть выше
check-facility-twice-help = объедините две записи: учитываются только guidance и transit_days первой
check-facility-unmatched = { $label }: `name` не совпадает с учреждением ни одного политзаключённого
check-facility-unmatched-help = запишите название так, как оно записано в `facility` или `custody.facility` политзаключённого (регистр, диакритика и алфавит не важны)
check-letter-after-release = { $label }: письмо отправлено { $date } политзаключённому "{ $prisoner }", которого освободили { $released }
check-letter-after-release-help = проверьте дату или политзаключённого: письма идут тем, кто ещё за решёткой
check-kept-address = адрес
check-kept-notes = заметки
check-kept-writers = кто написал { $n ->
    [one] { $count } письмо
    [few] { $count } письма
   *[many] { $count } писем
} (`by`)
check-kept-remove = удалите { $keys } из записи (и из её мест содержания)
check-kept-remove-and-by = удалите { $keys } из записи (и из её мест содержания), а `by` — из её { $n ->
    [one] { $count } письма
    [few] { $count } писем
   *[many] { $count } писем
}
check-kept-remove-by = удалите `by` из её { $n ->
    [one] { $count } письма
    [few] { $count } писем
   *[many] { $count } писем
}
check-kept-past-release = { $label }: освобождён { $released }, более { $n ->
    [one] { $days } дня
    [few] { $days } дней
   *[many] { $days } дней
} назад, а файл всё ещё хранит { $kept }
check-kept-help = { $remove }; `campaign-dash strip` запишет копию без них. `retain_days` в [campaign] задаёт, сколько дней они могут оставаться (сейчас { $days }); `retention_warnings = false` в настройках отключает это предупреждение
check-event-end-help = `date` — первый день, а `end` — последний; проверьте оба
check-both-dates = проверьте обе даты
check-expected-tallies = списком подсчётов, например [{ $example }]
check-tally-not-table = { $label }: counts[{ $n }] должен быть подсчётом, например { $example }, а не { $found }
check-two-tallies = { $label }: два подсчёта на { $date } ({ $first } и { $second })
check-two-tallies-help = оставьте один подсчёт на дату
check-tally-down = { $label }: подсчёт уменьшается с { $from } на { $from_date } до { $to } на { $to_date }
check-tally-down-help = подписей под петицией может только прибавляться; проверьте числа и даты
## $source: откуда берётся сегодняшний день.
check-today-source = { $source ->
    [flag] задано --today
    [as-of] `as_of` в [campaign]
   *[system] системная дата
}
check-file-empty = файл пуст
check-file-blank = файл пуст: в нём только пробельные символы
check-file-empty-help = в файле кампании есть как минимум:
    { $example }
check-odd-blank = некорректный TOML: в файле только пробельные символы и { $code }, который TOML не допускает как пробел (допускаются только пробелы, табуляции и переводы строк)
check-odd-blank-help = удалите его; в файле кампании есть как минимум:
    { $example }
check-too-much-structure = в файле слишком много ключей, значений и таблиц, чтобы его прочитать: около { $marks }, а читается не больше { $max }
check-too-much-structure-help = в кампании из 20,000 политзаключённых, 20,000 событий и 40,000 заявлений их около 1,200,000; проверьте, что это файл кампании, а не что-то другое
check-newer-format = для этого файла нужен более новый campaign-dash: формат файла { $format }, а этот campaign-dash читает формат { $reads }
check-newer-format-help = установите более новый campaign-dash
check-format-below-one = `format` должен быть 1 или больше, а не { $value }
check-format-help = напишите `format = { $format }` или не пишите его вовсе
check-format-not-number = `format` должен быть целым числом, а не `{ $value }`
check-format-huge = для этого файла нужен более новый campaign-dash: его `format` — очень большое число
check-format-wrong-type = `format` должен быть целым числом, а не { $found }
check-format-wrong-type-help = напишите `format = { $format }`, без кавычек
check-stale-snooze = { $label }: `item` не соответствует ни одному делу, а `until` ({ $until }) уже прошёл
check-stale-snooze-help = дело сделано или исчезло: удалите эту запись [[snoozed]] (или сверьте UID с `print --view agenda --format csv`)
check-top-level = верхний уровень
check-syntax-no-such-day = `{ $key }`: дня { $date } нет в календаре
check-nested-too-deep = некорректный TOML: значения вложены глубже { $max } уровней
check-invalid-toml = некорректный TOML: { $message }
check-duplicate-key-help = ключ может встречаться в таблице только один раз; каждая запись раздела начинается с собственного заголовка `[[section]]`
check-unquoted-help = возьмите текст в двойные кавычки: `key = "text"`
check-nested-too-deep-help = списки, встроенные таблицы или ключи с точками могут вкладываться не глубже { $max } уровней; файлу кампании нужно не больше трёх
check-invalid-date-help = проверьте месяц и день: даты пишутся как YYYY-MM-DD
check-unclosed-header-help = заголовок пишется в одну строку: `[[prisoners]]`, `[campaign]`
check-id-empty = пуст
check-id-too-long = слишком длинный: символов { $length }, а в id может быть не больше { $max }
check-id-characters = может содержать только строчные буквы a-z, цифры, `-` и `_` и начинаться с буквы или цифры
check-id-example = например `yarashuk` или `bkdp-2022`
check-bad-id = { $label }: id "{ $id }" { $why }
check-duplicate-id = { $label }: повторный id `{ $id }`: его уже имеет { $first } в строке { $line }
check-duplicate-id-help = id в [[{ $section }]] должны быть уникальными; переименуйте один из них
check-ref-list = { $label }: `{ $key }` называет одну запись [[{ $section }]] по её id, а здесь список
check-ref-list-help = напишите один id: `{ $key } = "…"`
check-expected-ref = id записи [[{ $section }]] в кавычках
check-no-ids-yet = ни у одной записи [[{ $section }]] ещё нет id; дайте одной `id = "{ $id }"`
check-ids-are = id записей [[{ $section }]]: { $ids }
check-unknown-ref = { $label }: `{ $key }` ссылается на "{ $id }", но это не id ни одной записи [[{ $section }]]
check-did-you-mean = возможно, вы имели в виду `{ $word }`?
check-error = ошибка
check-warning = предупреждение
check-help = подсказка
check-more-errors = { $n ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
check-more-warnings = { $n ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
check-omitted = … и ещё { $what } вне списка: показываются только первые { $max } проблем
check-summary-clean = { $file }: проблем не найдено
check-summary-warnings = { $file }: загружается, но есть { $warnings }
check-summary-errors = { $file }: { $errors }; файл нельзя загрузить, пока { $n ->
    [1] её
    [one] их
    [few] их
   *[many] их
} не исправят
check-summary-both = { $file }: { $errors } и { $warnings }; файл нельзя загрузить, пока не исправлены ошибки
check-conflict-markers = в файле есть маркеры конфликта слияния (строки { $from }-{ $to }): разрешите конфликты или слейте через campaign-dash merge
check-conflict-markers-help = оставьте одну сторону каждого конфликта и удалите строки маркеров (<<<<<<<, =======, >>>>>>>), затем сохраните; для git задайте campaign-dash как merge driver (см. руководство), чтобы конфликтовал только ключ, изменённый с обеих сторон
## Почему файл нельзя прочитать: read-cannot содержит одно из остальных как $why.
read-cannot = не удаётся прочитать { $path }: { $why }
read-not-found = такого файла нет (`campaign-dash init { $path }` создаст там начальный файл)
read-directory = это каталог, а не файл кампании
read-kind-fifo = именованный канал (FIFO)
read-kind-socket = сокет
read-kind-device = устройство
read-kind-special = специальный файл
read-not-a-file = это { $kind }, а не файл кампании; укажите путь к обычному файлу
read-too-large = его размер { $size } ({ $bytes } байт), больше { $max }, допустимых для файла кампании
read-grew = пока он читался, он вырос больше { $max }, допустимых для файла кампании
read-wrong-encoding = файл в кодировке { $encoding }; сохраните его в UTF-8
read-encrypted = он зашифрован age; `campaign-dash decrypt { $path } -o FILE` открывает его (с парольной фразой или ключом identity)
read-not-utf8 = это не текст в UTF-8 (байт { $byte } в строке { $line }, столбце { $column }, смещение { $offset }); сохраните его в UTF-8
read-not-utf8-at = это не текст в UTF-8 (байт { $byte }, смещение { $offset }); сохраните его в UTF-8
read-permission = нет доступа (проверьте права на файл)
check-info = сведения
postal-more = ещё { $count }
postal-by-alias = { $n ->
    [one] { $count } политзаключённого
    [few] { $count } политзаключённых
   *[many] { $count } политзаключённых
} — по первому из других имён кириллицей ({ $ids })
postal-by-name = { $n ->
    [one] { $count } политзаключённого
    [few] { $count } политзаключённых
   *[many] { $count } политзаключённых
} — по имени как записано, так как нет другого имени кириллицей ({ $ids })
postal-note = нет postal_name: конверты называют { $names }; запишите postal_name так, как требует тюремная почта
say-no-editor = нет редактора: задайте $VISUAL или $EDITOR (напр. export EDITOR=nano), чтобы { $key } открывал файл
say-editor-not-opened = не открыто в редакторе: { $why }
say-editor-failed = не удалось запустить редактор { $editor }: { $why }
say-editor-ended-kept = редактор { $editor } завершился с { $status }: файл остался как был
say-editor-ended = редактор { $editor } завершился с { $status }
say-edited-copy-unread = не удалось прочитать отредактированную копию ({ $why }): файл остался как был
say-editor-unchanged = в редакторе ничего не изменено
ask-edit-again = В отредактированном файле { $errors }, его нельзя зашифровать обратно. Редактировать снова? [Y/n]
say-edit-not-kept = в правке были ошибки, она не сохранена: файл остался как был
say-edit-not-sealed = не записано: файл зашифрован, и { $why }
say-edit-kept-beside = не записано поверх файла: он изменился на диске, пока вы редактировали; ваша правка сохранена, зашифрованной, в { $side } (campaign-dash diff сравнивает их)
say-edit-lost-beside = не записано: файл изменился на диске, пока вы редактировали, и { $side } не удалось записать: { $why }
say-edit-sealed = правка зашифрована обратно в файл
say-not-written = не записано: { $why }
say-record-line-not-found = строка записи не найдена: открыто в начале
say-copy-failed = не удалось скопировать: { $why }
## The settings file's problems (campaign-dash config); the keys and names in backticks stay as written.
settings-invalid-toml-help = весь файл пропущен: используются все настройки по умолчанию
settings-must-be-bool = `{ $key }` должен быть true или false
settings-identity = `identity` — это путь к файлу с ключом identity для age, в кавычках: "~/.config/campaign-dash/key.txt"
settings-lang = `lang` — одно из значений { $codes }
settings-since = `since` — это ревизия git или день, в кавычках: "HEAD~1", "2026-11-30"
settings-known = известные: { $names }
settings-unknown-setting = неизвестная настройка `{ $name }`
settings-unknown-theme = неизвестная тема `{ $name }`
settings-unknown-role = неизвестная роль цвета `{ $name }`
settings-unknown-action = неизвестное действие `{ $name }`
settings-unknown-filter-action = неизвестное действие строки фильтра `{ $name }`
settings-unknown-list = неизвестный список `{ $name }`
settings-unknown-column = неизвестный столбец `{ $name }` в списке { $list }
settings-must-be-table = `{ $name }` должен быть таблицей: заголовок `[{ $name }]` и ключи под ним
settings-must-be-names = `{ $name }` должен быть списком названий в кавычках, например ["j", "down"]
settings-theme-one-of = тема должна быть одним из значений { $names } в кавычках
settings-not-a-colour = `{ $role }`: `{ $value }` — не цвет
settings-colour-help = цвет — это название (red, blue, lightgreen, darkgray, ...), номер одного из 256 цветов (0-255) или #rrggbb
settings-colour-in-quotes = `{ $role }` должен быть цветом в кавычках
settings-key-taken = `{ $action }`: клавиша `{ $key }` уже назначена действию `{ $first }`
settings-key-taken-help = назначайте каждую клавишу только одному действию
settings-unknown-key = `{ $action }`: неизвестная клавиша `{ $key }`
settings-key-names = клавиша — это символ ("j", "G", "?") или enter, esc, tab, backtab, up, down, left, right, home, end, pageup, pagedown, backspace, delete; перед ней может стоять "ctrl-" или "alt-"
settings-no-keys = у `{ $action }` нет клавиш; чтобы оставить ему клавиши по умолчанию, не пишите его вовсе
settings-last-key = `{ $by }` забирает у `{ $other }` последнюю клавишу: у него не остаётся ни одной
settings-last-key-help = назначьте `{ $other }` собственную клавишу в [{ $section }]
settings-column-twice = `{ $list }`: `{ $column }` указан дважды
settings-no-column = `{ $list }` не показывает ни одного столбца: показываются все
settings-summary = { $file }: { $errors } и { $warnings }; каждая проблема пропущена, а вместо неё используется значение по умолчанию
settings-none = нет файла настроек по пути { $place }: используются все настройки по умолчанию.
    `campaign-dash config --default > { $place }` запишет файл, который можно править.
settings-left-out = настройки: { $n ->
    [one] { $count } проблема пропущена (подробности: campaign-dash config)
    [few] { $count } проблемы пропущены (подробности: campaign-dash config)
   *[many] { $count } проблем пропущено (подробности: campaign-dash config)
}
settings-unreadable = настройки: файл не удалось прочитать; используются настройки по умолчанию
## The commands' own lines (diff, merge, encrypt, decrypt, strip, print, import, log, man); options and commands in them stay as typed.
cli-diff-format = diff выводит text, markdown или json, а не { $format }
cli-envelopes-presenting = режим показа скрывает адреса: конверты нельзя печатать в режиме показа
cli-warnings-note = { $file }: { $warnings } (campaign-dash check { $file } перечисляет { $n ->
    [1] его
    [one] их
    [few] их
   *[many] их
})
cli-diff-which = версию задаёт --git или --since
cli-diff-one-file = --git и --since сравнивают один файл с его более ранней версией: укажите один файл
cli-diff-two-files = diff сравнивает два файла: campaign-dash diff OLD NEW (или --git REV FILE)
cli-git-not-utf8 = git { $command }: это не текст в UTF-8
cli-git-missing = программа git не найдена: установите git или сравните два файла (campaign-dash diff OLD NEW)
cli-git-not-run = не удалось запустить git: { $reason }
cli-no-commit-before = нет ни одного коммита с { $file } раньше { $day }
cli-cannot-read = не удаётся прочитать { $file }: { $reason }
cli-side-not-loading = { $file } не загружается, поэтому не сравнивается запись за записью:
cli-output-failed = не удалось записать вывод: { $reason }
cli-no-default-file = в этой папке нет { $file }.
    Укажите файл кампании (`campaign-dash FILE`) или создайте начальный с помощью `campaign-dash init`.
cli-nothing-merged = Ничего не слито.
cli-merge-side-broken = версия { $side } ({ $file }) не загружается, поэтому ничего не слито: исправьте её или слейте вручную
cli-merge-layout = версию { $side } ({ $file }) нельзя слить запись за записью: { $why }. Ничего не слито: слейте вручную
cli-could-not-write = не удалось записать { $file }: { $reason }
cli-conflicts-left = в { $file } { $n ->
    [one] остался { $count } конфликт
    [few] осталось { $count } конфликта
   *[many] осталось { $count } конфликтов
}: оставьте одну сторону каждого и удалите строки маркеров (<<<<<<<, =======, >>>>>>>), затем запустите `campaign-dash check`
cli-merged-broken = слитый файл не загружается (каждая версия по отдельности была в порядке): исправьте его в { $file }
cli-passphrase-command-not-run = не удалось запустить --passphrase-command: { $reason }
cli-passphrase-command-failed = --passphrase-command завершился с ошибкой ({ $status }): ничего не сделано
cli-passphrase-not-utf8 = --passphrase-command выдал парольную фразу, которая не является текстом в UTF-8
cli-passphrase-for = Парольная фраза для { $file }
cli-passphrase-no-terminal = нет терминала, чтобы спросить парольную фразу: укажите --passphrase-command CMD
cli-passphrase-again = Повторите её для проверки
cli-passphrase-unreadable = не удалось прочитать парольную фразу: { $reason }
cli-passphrases-differ = две парольные фразы не совпадают: ничего не записано
cli-passphrase-empty = парольная фраза пуста: ничего не сделано
cli-no-public-key = в { $file } нет ни одного открытого ключа
cli-encrypt-to-whom = для кого шифровать? укажите -r RECIPIENT (age1…), -R FILE или --passphrase
cli-could-not-encrypt = не удалось зашифровать: { $reason }
cli-not-encrypted = { $file } не загружается: ничего не зашифровано
cli-exists = { $file } уже существует: ничего не записано (--force заменяет его)
cli-encrypted-passphrase = { $out } записан, зашифрован парольной фразой. { $file } по-прежнему лежит в незашифрованном виде: как только `campaign-dash decrypt { $out }` откроет новый файл, удалите { $file } (и его копии: в резервных копиях, в синхронизируемой папке, в истории git).
cli-encrypted-keys = { $out } записан, зашифрован для { $n ->
    [one] { $count } открытого ключа
    [few] { $count } открытых ключей
   *[many] { $count } открытых ключей
}. { $file } по-прежнему лежит в незашифрованном виде: как только `campaign-dash decrypt { $out }` откроет новый файл, удалите { $file } (и его копии: в резервных копиях, в синхронизируемой папке, в истории git).
cli-plaintext-terminal = незашифрованный текст не выводится в терминал (он остался бы в истории прокрутки): укажите -o OUT или передайте его через конвейер (|)
cli-cannot-decrypt = не удаётся расшифровать { $file }: { $reason }
cli-decrypted = { $out } записан: незашифрованный текст { $file }, прочитать который можете только вы. Удалите его, когда закончите.
cli-strip-unsound = очищенная кампания не была бы тем же списком (ошибка campaign-dash): ничего не записано
cli-stripped = { $out } записан: { $n ->
    [one] { $count } политзаключённый
    [few] { $count } политзаключённых
   *[many] { $count } политзаключённых
}, удалены: { $hidden } (и комментарии файла)
cli-print-evening-format = --view { $view } печатается как text или pdf: добавьте --format pdf -o FILE.pdf или не указывайте --format
cli-print-pdf-views = --format pdf печатает --view envelopes и --view sheets; остальные виды печатаются как text, markdown, csv, json, xlsx или ics
cli-print-labels = --labels и --envelope задают макет для --view envelopes --format pdf
cli-print-pdf-terminal = PDF — двоичный файл, и в терминал он не выводится: укажите файл через -o FILE.pdf или перенаправьте stdout (> FILE.pdf)
cli-print-all-xlsx = --view all записывает книгу, по одному листу на вид: добавьте --format xlsx -o FILE.xlsx
cli-print-all-filter = --filter и --sort действуют на один вид, а не на --view all
cli-print-raw-csv = --raw и --bom действуют только с --format csv
cli-print-xlsx-terminal = книга xlsx — двоичный файл, и в терминал она не выводится: укажите файл через -o FILE.xlsx или перенаправьте stdout (> FILE.xlsx)
cli-print-over-campaign = -o { $file } — это файл кампании, который читается; print никогда его не перезаписывает: укажите другой файл
cli-import-exists = { $file } уже существует; import никогда не перезаписывает файлы: укажите новый
cli-import-seal-needs-age = -r, -R и --passphrase шифруют новый файл: назовите его через -o FILE.age
cli-import-strict = { $file }: { $errors } при --strict; ничего не записано
cli-imported = { $file }: { $counted }, прочитано как { $read_as }
cli-imported-warnings = { $warnings } (каждое показано выше и сохранено в файле как комментарий)
cli-imported-written = записано в { $file }
cli-log-has-errors = в { $file } есть ошибки, которые нужно сначала исправить; ничего не записано
cli-log-nothing-written = в { $file } ничего не записано
cli-since-unreadable = --since { $since }: эту версию не удалось прочитать
cli-terminal-failed = сбой терминала: { $reason }
cli-man-not-folder = { $dir } — не папка (man --dir записывает в существующую папку)
## Writing the version shown back over a file on disk that cannot be shown (R, and on quitting).
ask-write-back = Записать обратно в { $file }: { $version }? На диске файл { $state }.
ask-write-back-quit = { $file } на диске { $state }. Записать показанную версию обратно перед выходом?
ask-write-back-yes = записать обратно
ask-write-back-quit-no = выйти без записи
ask-write-back-stay = остаться
back-empty = пуст
back-errors = содержит { $errors }
back-unreadable = не читается
back-size = { $state } и занимает { $percent }% от размера показанной версии
back-version-from = версия от { $time }
back-version-at-start = версия, загруженная при запуске
back-what = { $version }
banner-write-back = { $key } — записать её обратно
say-written-back = { $file } записан обратно: { $what }
say-nothing-to-write-back = нечего записывать обратно: показанной версией перезаписывается только файл на диске, который пуст, содержит ошибки или не читается
help-write-back = записать показанную версию поверх сломанного файла
## The local history of versions (campaign-dash history, restore).
say-history-failed = историю версий не удалось записать ({ $why }); сам файл остался таким, каким был
history-off = история версий отключена (`history = false` в настройках) или нет домашней папки, где её хранить
history-none = ни одна версия { $file } ещё не сохранена: сохраняется каждая, которая загружается без ошибок (интерфейс, check, print)
history-head = { $file }: { $n ->
    [one] { $count } версия сохранена
    [few] { $count } версии сохранены
   *[many] { $count } версий сохранено
} в { $dir } (N отсчитывается назад от последней)
history-first = первая сохранённая
history-sealed = зашифрована (не сравнивается)
history-unreadable = не читается
history-no-record = ни одна запись не изменена
history-changes = добавлено: { $added }, изменено: { $changed }, удалено: { $removed }
history-bytes = { $size } Б
history-records = { $records } зап.
history-how = campaign-dash restore { $file } --at N -o OUT записывает версию N в OUT (--force: поверх самого { $file })
restore-no-such = в истории { $file } нет версии { $at } ({ $n ->
    [one] сохранена { $count } версия
    [few] сохранены { $count } версии
   *[many] сохранено { $count } версий
}: campaign-dash history { $file } выводит их список)
restore-written = { $out } записан: версия от { $time } (записей: { $records })
## What a reload changed (the status line), and the file watcher.
reload-summary = перечитан: { $changes }
reload-none = перечитан: без изменений
reload-added = добавлено: { $n }
reload-changed = изменено: { $n }
reload-removed = удалено: { $n }
reload-removed-most = удалено: { $n }, большинство записей (файл сохранён целиком?)
reload-campaign = таблица [campaign] изменилась
reload-snoozes = отложенные дела изменились
reload-facilities = места заключения ([[facilities]]) изменились
reload-loads-now = { $file } теперь загружается: показываем его
say-not-watching = файл не отслеживается ({ $why }): { $key } перечитывает его
say-watch-failed = отслеживание файла не удалось ({ $why }): { $key } перечитывает его
