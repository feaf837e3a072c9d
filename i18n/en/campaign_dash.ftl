# campaign-dash, English: the fallback of every other language. Every
# message is here; `t!` checks each id and its arguments against this file
# when the program is compiled. $n is a number for the plural form, $count
# the same number written with its thousands separated ("2,328").

## The tabs

tab-overview = Overview
tab-prisoners = Prisoners
tab-events = Events
tab-statements = Statements
tab-organisations = Organisations
tab-petitions = Petitions
tab-letters = Letters
tab-agenda = Agenda

tab-short-overview = Overview
tab-short-prisoners = Prisoners
tab-short-events = Events
tab-short-petitions = Petitions
tab-short-letters = Letters
tab-short-agenda = Agenda
tab-short-statements = Stmts
tab-short-organisations = Orgs

## Days, as the overview and the agenda count them

day-today = today
day-tomorrow = tomorrow
day-yesterday = yesterday
days-in = in { $n ->
    [one] { $count } day
   *[other] { $count } days
}
days-ago = { $n ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
days = { $n ->
    [one] { $count } day
   *[other] { $count } days
}

## Months, short, as the events per month list them ("Jun 2022")

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## The statuses, as the overview's figures name them

status-detained = detained
status-imprisoned = imprisoned
status-restricted = restricted
status-released = released
status-deceased = deceased

## The overview's sections

panel-figures = Figures
panel-attention = Needs attention
panel-next-events = Next events
panel-coming-up = Releases and birthdays
panel-petitions = Petitions
panel-events-per-month = Events per month
panel-events-per-month-from = Events per month, { $from } to { $to }
panel-statements = Latest statements
panel-changed = Changed since
panel-changed-since = Changed since { $label }
panel-fewest = Fewest letters

## The overview's figures

figure-prisoners = Prisoners
figure-at-risk = { $total }, { $count } at special risk
figure-in-custody = In custody now
figure-days-behind-bars = Days behind bars
figure-days-combined = { $count } combined
figure-partial-arrests = at most: { $n ->
    [one] { $count } arrest date known only to the month or year
   *[other] { $count } arrest dates known only to the month or year
}
figure-events = Events
figure-events-past-upcoming = { $past } past, { $upcoming } upcoming
figure-countries = Countries reached
figure-statements = Statements
figure-letters-30 = Letters, 30 days
figure-letters-sent-received = { $sent } sent, { $received } received
figure-no-letters = No letters yet
figure-prisoners-in-custody = { $n ->
    [one] { $count } prisoner in custody
   *[other] { $count } prisoners in custody
}

## The overview's lists

overview-no-one-in-custody = No one is in custody.
overview-letters-fewest-first = Letters sent in { $days } days, fewest first:
overview-no-news = , no news for { $n ->
    [one] { $count } day
   *[other] { $count } days
}
overview-nothing-due = Nothing overdue or due this week.
overview-first-to-do = First to do
overview-no-upcoming = No upcoming events in the file.
overview-now = now
overview-releases-none = Releases due within 90 days: none
overview-releases = Releases due within 90 days
overview-estimate = , estimate
overview-birthdays-hidden = Birthdays: { $note }
overview-birthdays-none = Birthdays in the next 30 days: none
overview-birthdays = Birthdays in the next 30 days (send a card)
overview-turns = { $name } turns { $age } ({ $when })
overview-nothing-changed = Nothing added or changed since { $label }.
overview-added = { $count } added
overview-changed = { $count } changed
overview-no-count-goal = no count yet (goal { $goal })
overview-no-count = no count yet, no goal set
overview-signatures-no-goal = { $count } signatures on { $date }, no goal set
overview-signatures-of-goal = { $percent }%  { $count } of { $goal }
overview-no-petitions = No petitions in the file.
overview-more = and { $count } more on the { $tab } tab ({ $number })
overview-not-shown = Not shown, enlarge the terminal: { $names }
overview-no-statements = No statements in the file.

## The agenda's groups and kinds of item

group-overdue = Overdue
group-this-week = This week
group-next-30 = Next 30 days
group-later = Later

agenda-events = { $n ->
    [one] { $count } event
   *[other] { $count } events
}
agenda-birthdays = { $n ->
    [one] { $count } birthday card
   *[other] { $count } birthday cards
}
agenda-releases = { $n ->
    [one] { $count } release due
   *[other] { $count } releases due
}
agenda-releases-overdue = { $n ->
    [one] { $count } release overdue
   *[other] { $count } releases overdue
}
agenda-anniversaries = { $n ->
    [one] { $count } anniversary
   *[other] { $count } anniversaries
}
agenda-letters = { $n ->
    [one] { $count } letter
   *[other] { $count } letters
}
agenda-checks = { $n ->
    [one] { $count } check
   *[other] { $count } checks
}
agenda-petitions = { $n ->
    [one] { $count } petition
   *[other] { $count } petitions
}

## The day every figure is counted to

today = Today
today-counted = every figure is counted to this day
today-source-flag = set by --today
today-source-as-of = the file's as_of date
today-source-system = the system date

## The status bar's hints, after each key

hint-keep = keep
hint-clear = clear
hint-clear-line = clear line
hint-delete-word = delete word
hint-choose = choose
hint-open = open
hint-filter = filter
hint-tabs = tabs
hint-help = help
hint-quit = quit
hint-move = move
hint-detail = detail
hint-sort = sort
hint-links = links
hint-follow = follow
hint-back = back
hint-list = list
hint-scroll = scroll
hint-a-letter = a letter
hint-sorts = sorts (the box above)
hint-cancel = cancel
hint-today = today

## The help overlay

help-title = Keys
help-filter-line = In the filter line and the forms:
help-marks = Prisoners: { $marks } (the detail says which and why); ● marked.
help-mouse = Mouse: click a tab, a row, a header (sorts) or a link (follows); the wheel scrolls.
help-close = { $back }, { $help } or { $quit } closes this help ({ $quit_now } quits); { $down }, { $page }, { $top } scroll it.
help-more-above = more above
help-more-below = more below
mark-risk = special risk
mark-earlier = with earlier arrests
mark-estimate = arrest day unknown

## The agenda's items

agenda-on-now = on now, until { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = check the record: last checked { $date }
agenda-check-never = check the record: never checked
agenda-place-takes = { $place } takes { $n ->
    [one] { $count } day
   *[other] { $count } days
}
agenda-post-takes = the post takes { $n ->
    [one] { $count } day
   *[other] { $count } days
}
agenda-card-by = post a birthday card by { $by }: turns { $age } on { $birthday }; { $takes }
agenda-card-late = birthday card late: post today: turns { $age } on { $birthday }; { $takes }
agenda-card-late-calendar = birthday card late (post by { $by }): turns { $age } on { $birthday }; { $takes }
agenda-estimate = (estimate)
agenda-due-out = due out { $date }{ $estimate }
agenda-due-out-from = due out { $date }, from { $place }{ $estimate }
agenda-find-address = find a postal address: none recorded
agenda-overdue = release was due { $due }{ $estimate }, { $n ->
    [one] { $count } day
   *[other] { $count } days
} ago: check for a new charge or update the record
agenda-overdue-calendar = release was due { $due }{ $estimate }: check for a new charge or update the record
agenda-years-since-arrest = { $n ->
    [one] { $count } year
   *[other] { $count } years
} since the arrest on { $arrested }
agenda-days-behind-bars = { $count } days behind bars
agenda-days-behind-bars-earlier = { $count } days behind bars, counting earlier arrests
agenda-write-last = write a letter: the last was sent { $sent }
agenda-write-since-start = write a letter: none sent since the campaign started on { $started }
agenda-write-since-arrest = write a letter: none sent since the arrest on { $arrested }
agenda-write-none = write a letter: none sent
agenda-returned = check the address: a letter came back on { $back }
agenda-moved = write to the new address: moved to { $place } on { $since }
agenda-of-goal = { $count } of { $goal }
agenda-signatures-after = : { $count } signatures
agenda-closes = closes { $when }{ $count }
agenda-closes-on = closes on { $closed }{ $count }
agenda-goal-reached = goal reached on { $date } ({ $count } signatures): deliver it
agenda-count-last = record a count: the last was on { $date }
agenda-count-none = record a count: none since it opened on { $since }
agenda-snoozed = snoozed until { $until }
agenda-snoozed-note = snoozed until { $until }: { $note }
agenda-head = Today { $today }, to { $last }: { $count } · { $open } opens · { $filter } filters
agenda-head-items = { $n ->
    [one] { $count } item
   *[other] { $count } items
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } snoozed item
   *[other] { $count } snoozed items
}
agenda-head-of = { $shown } of { $total }
agenda-head-and-snoozed = { $count } · { $snoozed } snoozed
agenda-preparing = Preparing the search for the filter: the items follow in a moment.
agenda-no-match = No item of the agenda matches the filter.
agenda-nothing = Nothing to do in the next { $n ->
    [one] { $count } day
   *[other] { $count } days
}.

## The detail pane

detail-title = Detail
detail-title-links = Detail ({ $down } links, { $open } follow)
detail-title-scroll = Detail ({ $down } scroll, { $back } back)
detail-title-focus = Detail ({ $pane } or { $open }: focus)

## The detail pane: its headings, notes and what it works out. Its rows'
## labels are in the code (src/model/fields.rs, OWN_LABELS in
## src/app/detail.rs); the other languages have them as field-LABEL.

detail-timeline = Timeline
detail-letters = Letters
detail-events-naming = Events naming this prisoner
detail-statements-naming = Statements naming this prisoner
detail-organisations = Organisations
detail-prisoners-demanded = Prisoners whose freedom it demanded
detail-letters-written-here = Letters written here
detail-statements-at-event = Statements made at the event
detail-text = Text
detail-member-prisoners = Member prisoners
detail-events = Events
detail-statements = Statements
detail-petitions-hosted = Petitions hosted
detail-tallies = Tallies
detail-none-recorded = none recorded
detail-none-named = none named
detail-none-listed = none listed
detail-none = none
detail-no-tallies = no tallies recorded
detail-no-news-since-letter = since the last letter received, { $date }
detail-no-news-since-arrest = since the arrest: no letter received
detail-no-news = for { $days }, { $since }
detail-turns = turns { $age } on { $date }, { $when }
detail-aged-60 = { $tag } (aged 60 or more)
detail-held-combined-now = { $days }, { $arrests } arrests together; this one { $this } so far, as of { $today }
detail-held-combined = { $days }, { $arrests } arrests together; the last one { $this }
detail-held-now = { $days } so far, as of { $today }
detail-held = { $days } behind bars
detail-held-estimate = ~: an arrest known only to the month or year, counted from its first day
detail-held-unknown = unknown (no detained date, or no release date)
detail-due-estimate = estimate: detained + sentence months
detail-letter-takes = a letter takes { $days } to arrive
detail-event-past = past, { $when }
detail-event-now = happening now
detail-event-upcoming = upcoming, { $when }
detail-upcoming = upcoming
detail-about = about { $count }
detail-none-set = none set
detail-signatures-on = { $n ->
    [one] { $count } signature on { $date }
   *[other] { $count } signatures on { $date }
}
detail-no-count = no count yet
detail-of-goal = { $percent }% of the goal
detail-letter-title = { $pieces ->
    [one] Letter
   *[other] { $count } letters or cards
} { $way ->
    [sent] sent to
    [received] received from
   *[returned] returned: sent to
} { $name }
detail-no-such-prisoner = { $name } (no prisoner has this id)

## Letters and a prisoner's story, as the detail and the lists write them

dates-from-to = { $from } to { $to }
timeline-earlier = earlier arrest, { $days } held
timeline-earlier-kind = earlier arrest ({ $kind }), { $days } held
timeline-sentence = sentence: { $sentence }
timeline-arrested = arrested
timeline-so-far = { $days } so far
timeline-address = address: { $address }
timeline-verdict = verdict
timeline-release-due = release due
timeline-estimate = estimate
timeline-released = released
letter-sent = sent
letter-received = received
letter-returned = returned
letter-by-post = by post
letter-by-courier = by courier
letter-in-parcel = in a parcel
letter-online = online
letter-by-other = by other means
letter-from = from { $name }
letter-to = to { $name }
letters-sent = { $n ->
   *[other] { $count } sent
}
letters-received = { $n ->
   *[other] { $count } received
}
letters-returned = { $n ->
   *[other] { $count } returned
}
letters-last = { $what } (last { $date })

## The lists: their titles, the filter line, what an empty list says

list-filter = filter: { $query }
list-preparing = { $what ->
    [filter] preparing the filter…
    [sort] preparing the sort…
   *[both] preparing the filter and sort…
}
list-shown-of = { $shown } of { $total }
list-unfinished = unfinished
list-filter-off = filter off: { $query }, { $n ->
    [one] { $count } match
   *[other] { $count } matches
} ({ $on }: on, { $jump }: jump)
list-sort-by = by { $column }
list-empty = No { $lower } in this file.
list-preparing-search = Preparing the search of { $count } { $lower }: the rows follow in a moment. Keys work meanwhile.
list-no-match = Nothing matches the filter `{ $filter }`{ $which ->
    [last] {" "}(the last one without a mistake)
   *[typed] {""}
}. { $change } changes it, { $clear } in the filter line clears it.
detail-lines = lines { $from }-{ $to } of { $total }
detail-nothing-selected = Nothing selected.
filter-prompt = Filter
filter-finding = finding matches in { $total }…
filter-clears = { $key } clears
filter-keeps = { $key } keeps

## The help: the filter fields of the list shown

help-filter-fields = Filter fields of { $tab }, each written field:value (org:bkdp, days:>1000, -status:released):

## The forms, the questions before a write, and the writes in words.
## The forms' labels are the file's keys; the other languages have
## form-KEY for each of FORM_KEYS (src/app/record.rs).

edit-letter = { $n ->
    [one] a letter
   *[other] { $n } letters
} { $way ->
    [sent] sent to
    [received] received from
   *[returned] returned from
} { $prisoner } on { $date }
edit-checked = { $id } checked on { $date }
edit-released = { $id } released on { $date }
edit-delivered = petition { $id } delivered on { $date }
edit-snooze = an agenda item snoozed until { $until } ({ $item })
edits-none = nothing
edits-letters = a letter to each of { $n } prisoners on { $date }
edits-snoozed = { $n } items snoozed until { $until }
edits-checked = { $n } prisoners checked on { $date }
edits-changes = { $n } changes
form-title = Write to the file
form-foot = { $accept } writes it · { $next } next field · { $cancel } cancels
form-writing = writing to the file…
form-more = +{ $n } more
form-no-event = no event matches
form-type-event = type part of an event's id or title
form-count-empty = 1 when left empty
form-log-one = Log a letter: { $name }
form-log-many = Log a letter to each of the { $n } prisoners marked
form-released = Released: { $name }
form-snooze = Snooze: { $what }
ask-write = Write { $what } to the file?
ask-or = { $a } or { $b }
ask-yes = write it
ask-no = do not
ask-overdue = The release date of { $name } has passed. What is known?
ask-overdue-released = released: give the date
ask-overdue-edit = a new charge or sentence: open the editor at the record
ask-overdue-checked = nothing new: mark the record checked today
ask-overdue-nothing = do nothing

## The status line's words about writes, marks and the agenda's actions

say-not-loaded = the file shown is not the one on disk: nothing can be written until it loads
say-write-running = a write is still running
say-log-needs-prisoner = { $log } logs a letter to the prisoner selected (or to those marked with { $mark }): choose one in { $tab }
say-nothing-written = nothing written
say-not-after-today = not after today ({ $today }): the item would not be put off
say-value-refused = not written: a value is refused (see the form)
say-writing = writing: { $what }…
say-checked-needs-prisoner = { $key } marks the prisoner selected as checked today: choose one in { $tab }
say-nothing-to-write = nothing to write for this item: { $open } opens its record, { $snooze } snoozes it
say-agenda-only = { $key } { $does }: { $agenda } opens the agenda
does-agenda-act = does what an agenda item asks
does-snooze = puts an agenda item off
say-nothing-chosen = nothing chosen on the agenda
say-nothing-to-undo = nothing to undo: no write in this session
say-not-undone = not undone: the file changed since that write (undo it in the editor)
say-undoing = undoing { $what }…
say-undone = undone: the file is as it was before { $what }
say-wrote = wrote { $what } ({ $undo } undoes it)
say-wrote-at = wrote { $what } at { $place } ({ $undo } undoes it)
say-changed-meanwhile = the file was changed on disk meanwhile: nothing written; it is read again and the write offered again
say-would-break = not written: it would make the file wrong: { $first }
say-record-gone = the record it was for is no longer in the file: nothing written
say-marks-prisoners = marks are for prisoners: { $tab } opens them
say-marked = { $n } marked
say-pick-needs = { $key } picks a prisoner at random: { $tab } opens them
say-nobody = no prisoner is shown: nobody to pick
say-picked = picked { $name } of { $shown } shown{ $why }
say-unmarked = { $n ->
    [one] { $count } prisoner unmarked
   *[other] { $count } prisoners unmarked
}

## print's headings of the lists and the agenda

print-summary = { $view }: { $count }, as of { $today } ({ $source })
print-matching = { $shown } of { $total } matching { $filter }
print-sorted = sorted by { $sort }
print-empty-filtered = No { $lower } match the filter.
print-agenda = { $agenda }: { $count }, as of { $today } ({ $source }), to { $last } ({ $days })
print-agenda-matching = { $shown } of { $of } matching the filter
print-agenda-left-out = { $count } ({ $snoozed } snoozed left out)

## The banner when the file on disk cannot be shown, and the problems' view

count-errors = { $n ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $n ->
    [one] { $count } warning
   *[other] { $count } warnings
}
banner-hidden = { $file } has { $problems } and cannot be shown (details hidden while presenting)
banner-empty = { $file } is empty
banner-removed = { $file } was removed
banner-nothing = nothing to show until the file loads
banner-since = showing the version from { $time }
banner-since-start = showing the version loaded at start
banner-problems = { $key } lists every problem
problems-title = Problems: { $counts } in { $file } ({ $whose ->
    [unloaded] shown once fixed and saved
    [saved] as saved now, not shown
   *[shown] the version shown
})
problems-keys-scroll = { $down } scroll · { $edit } edits the top one · { $close } closes
problems-keys = { $edit } opens the editor at the top problem · { $close } closes

## check: what the loader says of a file (`check`, the problems' view).
## $label names the record: prisoners[3] "yarashuk"; $key a key of the
## file, which stays English.
check-found-text = the text "{ $text }"
check-found-integer = the integer { $value }
check-found-number = the number { $value }
check-found-boolean = the boolean { $value }
check-found-date-time = the date-time { $value }
check-found-date = the date { $value }
check-found-time = the time of day { $value }
check-found-list = a list
check-found-table = a table
check-missing-key = { $label }: missing required key `{ $key }`
check-missing-key-help = add `{ $key } = { $example }` to this record
check-misplaced-top-key-help = `{ $key }` belongs at the top level, but here it is read as part of { $label }; write its records as `[[{ $key }]]` blocks, or move it above the first header
check-keys-of = the keys of { $what } are: { $keys }
check-unknown-key = { $label }: unknown key `{ $key }`
check-put-in-quotes = put it in quotes: `{ $key } = "{ $value }"`
check-expected-text = text in quotes
check-wrong-type = { $label }: `{ $key }` must be { $expected }, found { $found }
check-empty = { $label }: `{ $key }` is empty
check-empty-help = write the { $key } between the quotes
check-item-link = a link
check-items-link = links
check-item-text = text
check-items-text = texts
check-item-language = a language
check-items-language = languages
check-item-name = a name
check-items-name = names
check-item-organisation-id = an [[organisations]] id
check-items-organisation-id = [[organisations]] ids
check-item-prisoner-id = a [[prisoners]] id
check-items-prisoner-id = [[prisoners]] ids
check-item-event-id = an [[events]] id
check-items-event-id = [[events]] ids
check-item-wrong-type = { $label }: item { $n } of `{ $key }` must be { $what } in quotes, found { $found }
check-single-text = { $label }: `{ $key }` must be a list of { $what }, found a single text
check-single-text-help = put it in square brackets: `{ $key } = ["{ $value }"]`
check-expected-list = a list of { $what } such as ["…", "…"]
check-no-such-day = { $label }: `{ $key }`: there is no such day as { $date }
check-date-not-date-time = { $label }: `{ $key }` is a date, not a date-time
check-write = write `{ $value }`
check-date-not-time = { $label }: `{ $key }` is a date, found the time of day { $time }
check-date-not-time-help = write a date such as `2023-04-19`
check-not-a-date = { $label }: `{ $key }`: "{ $value }" is not a date
check-no-such-day-in-calendar = { $label }: `{ $key }`: there is no such day as { $date } in the calendar
check-year-as-integer = { $label }: `{ $key }` must be a date, found the integer { $year }
check-year-as-integer-help = a year alone is written in quotes: `{ $key } = "{ $year }"`
check-expected-partial-date = a date such as 2023-04-19 (or "2023-04", "2023")
check-expected-date = a date such as 2023-04-19
check-needs-full-date-month = { $label }: `{ $key }` needs a full date (YYYY-MM-DD); "{ $date }" gives only the month
check-needs-full-date-year = { $label }: `{ $key }` needs a full date (YYYY-MM-DD); "{ $date }" gives only the year
check-needs-full-date-required = write the day too: it is required
check-needs-full-date-optional = write the day too; if it is not known, leave `{ $key }` out
check-remove-spaces = remove the spaces: "{ $value }"
check-year-first = dates are written year first: `{ $date }` if you meant day { $day } of month { $month }
check-date-shape-partial = write it as YYYY-MM-DD (e.g. `2022-04-19`), or "YYYY-MM" or "YYYY" when only the month or year is known
check-date-shape = write it as YYYY-MM-DD, e.g. `2022-04-19`
check-month-has-days = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } has { $days } days
check-before = { $label }: `{ $later_key }` ({ $later }) is before `{ $earlier_key }` ({ $earlier })
check-expected-count = a whole number above 0
check-expected-whole-number = a whole number (0 or more)
check-number-without-quotes = write the number without quotes: `{ $key } = { $value }`
check-too-large = { $label }: `{ $key }` is too large
check-largest = the largest value is { $max }
check-not-a-number = { $label }: `{ $key }`: `{ $value }` is not a number
check-not-a-number-help = write a whole number, e.g. `{ $key } = { $example }` (after 0x, 0o or 0b come its digits)
check-negative = { $label }: `{ $key }` cannot be negative, found { $value }
check-below-one = { $label }: `{ $key }` must be at least 1, found { $value }
check-too-large-value = { $label }: `{ $key }` is too large ({ $value })
check-missing-choice-help = add a line `{ $key } = "…"` with one of: { $choices }
check-expected-choice = one of { $choices } in quotes
check-not-a-choice = { $label }: `{ $key }` must be one of { $choices }; found "{ $value }"
check-item-not-a-choice = { $label }: each item of `{ $key }` must be one of { $choices }; found "{ $value }"
list-and = { $init } and { $last }
check-record-not-table = { $section }[{ $n }] must be a record (a table of keys), found { $found }
check-record-not-table-help = write each record under its own `[[{ $section }]]` header
check-section-single-table = `{ $section }` must be a list of records, each under its own `[[{ $section }]]` header; found a single table `[{ $section }]`
check-section-single-table-help = write the header with double brackets: `[[{ $section }]]`
check-section-wrong-type = `{ $section }` must be a list of records written as `[[{ $section }]]` blocks, found { $found }
check-section-wrong-type-help = start each record with a `[[{ $section }]]` header line
check-no-campaign = missing the `[campaign]` table
check-no-campaign-help = every campaign file has one, at least:
    { $example }
check-campaign-list = `campaign` must be a single table written `[campaign]`, found a list of tables `[[campaign]]`
check-campaign-list-help = write the header with single brackets, once: `[campaign]`
check-campaign-wrong-type = `campaign` must be a table written `[campaign]`, found { $found }
check-campaign-wrong-type-help = write a `[campaign]` header line, then `name = "…"` under it
check-what-organisation = an [[organisations]] record
check-what-prisoner = a [[prisoners]] record
check-what-letter = a [[letters]] record
check-what-snooze = a [[snoozed]] record
check-what-facility = a [[facilities]] record
check-what-event = an [[events]] record
check-what-statement = a [[statements]] record
check-what-petition = a [[petitions]] record
check-what-tally = a tally
check-what-entry = a `{ $key }` entry
check-what-top-level = the top level of a campaign file
check-released-but-status = { $label }: `released` is given ({ $date }) but `status` is "{ $status }"
check-released-but-status-help = set `status = "released"` (or "deceased"), or remove `released`
check-verdict-before-arrest-help = a verdict cannot come before the arrest; check both dates
check-release-before-arrest-help = a release cannot come before the arrest; check both dates
check-after-today = { $label }: `{ $key }` ({ $date }) is after today ({ $today })
check-detained-after-today-help = today is { $today }, from { $source }; check the year of `detained`
check-due-and-months = { $label }: `release_due` and `sentence_months` may not both be given
check-due-and-months-help = keep `release_due` for a date the court or the campaign gave, or `sentence_months` to have it estimated from `detained`
check-release-overdue = { $label }: release was due { $due }{ $estimate ->
    [yes] {" "}(detained + `sentence_months`)
   *[no] {""}
}, { $n ->
    [one] { $days } day
   *[other] { $days } days
} before today ({ $today }), but `status` is "{ $status }"
check-release-overdue-help = check for a new charge or update the record; the agenda lists it as overdue
check-expected-entries = a list of tables, each under a `[[prisoners.{ $key }]]` header after its prisoner, or [{ $example }]
check-entry-not-table = { $label }: { $key }[{ $n }] must be a table such as { $example }, found { $found }
check-entry-not-table-help = write it under a `[[prisoners.{ $key }]]` header after the prisoner
check-custody-and-own = { $label }: `{ $key }` is given on the prisoner and in `custody`: { $key } comes from custody: move it there
check-custody-and-own-help = delete `{ $key }` here and give it in the last `custody` entry (`{ $key } = "…"` under its `[[prisoners.custody]]`), which is where the prisoner is now
check-custody-order = { $label }: `since` ({ $since }) is before that of custody[{ $n }] ({ $before }), the entry above it
check-custody-order-help = list the places oldest first, in the order the prisoner was held there; check both dates
check-custody-before-arrest-help = the first place of custody is where the prisoner was taken at the arrest; check both dates
check-custody-after-release = { $label }: `since` ({ $since }) is after `released` ({ $released })
check-custody-after-release-help = `custody` lists the places of the current arrest, up to the release; check the dates, or record an arrest that ended under `earlier`
check-earlier-overlap = { $label }: this arrest ({ $from } to { $to }) overlaps earlier[{ $n }] ({ $before_from } to { $before_to }), the entry above it
check-earlier-overlap-help = earlier arrests are listed oldest first and each ends before the next begins; check the dates
check-earlier-after-arrest = { $label }: `released` ({ $released }) is after `detained` ({ $detained }), the current arrest
check-earlier-after-arrest-help = `earlier` lists the arrests that ended before the current one; check the dates
check-letter-after-today-help = today is { $today }, from { $source }; a letter is recorded once it is sent or has arrived
check-language-code = { $label }: `languages`: "{ $value }" is not an ISO 639-1 code
check-language-code-help = write two lowercase letters: be (Belarusian), ru (Russian), uk, pl, en, de, …
check-facility-twice = { $label }: `name` names a facility given above already
check-facility-twice-help = merge the two records: only the first one's guidance and transit_days count
check-facility-unmatched = { $label }: `name` matches the facility of no prisoner
check-facility-unmatched-help = write it as a prisoner's `facility` or `custody.facility` writes it (case, accents and script do not matter)
check-letter-after-release = { $label }: a letter sent on { $date } to "{ $prisoner }", who was released on { $released }
check-letter-after-release-help = check the date, or the prisoner: letters go to those still held
check-kept-address = an address
check-kept-notes = notes
check-kept-writers = who wrote { $n ->
    [one] { $count } letter
   *[other] { $count } letters
} (`by`)
check-kept-remove = remove { $keys } from the record (and its places of custody)
check-kept-remove-and-by = remove { $keys } from the record (and its places of custody), and `by` from its { $n ->
    [one] { $count } letter
   *[other] { $count } letters
}
check-kept-remove-by = remove `by` from its { $n ->
    [one] { $count } letter
   *[other] { $count } letters
}
check-kept-past-release = { $label }: released on { $released }, more than { $n ->
    [one] { $days } day
   *[other] { $days } days
} ago, and the file still keeps { $kept }
check-kept-help = { $remove }; `campaign-dash strip` writes a copy without them. `retain_days` in [campaign] sets how long they may stay (now { $days }); `retention_warnings = false` in the settings turns this warning off
check-event-end-help = `date` is the first day and `end` the last; check both
check-both-dates = check both dates
check-expected-tallies = a list of tallies such as [{ $example }]
check-tally-not-table = { $label }: counts[{ $n }] must be a tally such as { $example }, found { $found }
check-two-tallies = { $label }: two tallies for { $date } ({ $first } and { $second })
check-two-tallies-help = keep one tally per date
check-tally-down = { $label }: the tally goes down from { $from } on { $from_date } to { $to } on { $to_date }
check-tally-down-help = a petition's signatures only grow; check the numbers and dates
## $source: where today comes from.
check-today-source = { $source ->
    [flag] the --today flag
    [as-of] `as_of` in [campaign]
   *[system] the system date
}
check-file-empty = the file is empty
check-file-blank = the file is empty: it holds only blank space
check-file-empty-help = a campaign file has at least:
    { $example }
check-odd-blank = invalid TOML: the file holds only blank space, and { $code }, which is not a space TOML allows (only spaces, tabs and line breaks are)
check-odd-blank-help = delete it; a campaign file has at least:
    { $example }
check-too-much-structure = the file has too many keys, values and tables to be read: about { $marks }, where at most { $max } are read
check-too-much-structure-help = a campaign of 20,000 prisoners, 20,000 events and 40,000 statements has about 1,200,000; check that this is the campaign file and not something else
check-newer-format = this file needs a newer campaign-dash: it is format { $format }, this campaign-dash reads format { $reads }
check-newer-format-help = install a newer campaign-dash
check-format-below-one = `format` must be 1 or more, found { $value }
check-format-help = write `format = { $format }`, or leave it out
check-format-not-number = `format` must be a whole number, found `{ $value }`
check-format-huge = this file needs a newer campaign-dash: its `format` is a very large number
check-format-wrong-type = `format` must be a whole number, found { $found }
check-format-wrong-type-help = write `format = { $format }`, without quotes
check-stale-snooze = { $label }: `item` matches no item of the agenda, and `until` ({ $until }) has passed
check-stale-snooze-help = the item was done or is gone: delete this [[snoozed]] entry (or check the UID against `print --view agenda --format csv`)
check-top-level = top level
check-syntax-no-such-day = `{ $key }`: there is no such day as { $date } in the calendar
check-nested-too-deep = invalid TOML: values are nested more than { $max } levels deep
check-invalid-toml = invalid TOML: { $message }
check-duplicate-key-help = a key may appear only once in a table; each record of a section starts with its own `[[section]]` header
check-unquoted-help = put text in double quotes: `key = "text"`
check-nested-too-deep-help = lists, inline tables or dotted keys may nest at most { $max } levels deep; a campaign file needs three at most
check-invalid-date-help = check the month and the day: dates are written YYYY-MM-DD
check-unclosed-header-help = a header is written on one line: `[[prisoners]]`, `[campaign]`
check-id-empty = is empty
check-id-too-long = is { $length } characters long; an id has at most { $max }
check-id-characters = may use only lowercase letters a-z, digits, `-` and `_`, and starts with a letter or digit
check-id-example = for example `yarashuk` or `bkdp-2022`
check-bad-id = { $label }: the id "{ $id }" { $why }
check-duplicate-id = { $label }: duplicate id `{ $id }`, already used by { $first } on line { $line }
check-duplicate-id-help = ids must be unique within [[{ $section }]]; rename one of them
check-ref-list = { $label }: `{ $key }` names one record of [[{ $section }]] by its id, found a list
check-ref-list-help = write one id: `{ $key } = "…"`
check-expected-ref = the id of a [[{ $section }]] record in quotes
check-no-ids-yet = no [[{ $section }]] record has an id yet; give one `id = "{ $id }"`
check-ids-are = the ids of [[{ $section }]] are: { $ids }
check-unknown-ref = { $label }: `{ $key }` refers to "{ $id }", which is not the id of any [[{ $section }]] record
check-did-you-mean = did you mean `{ $word }`?
check-error = error
check-warning = warning
check-help = help
check-more-errors = { $n ->
    [one] { $count } more error
   *[other] { $count } more errors
}
check-more-warnings = { $n ->
    [one] { $count } more warning
   *[other] { $count } more warnings
}
check-omitted = … and { $what }, not listed: only the first { $max } problems are shown
check-summary-clean = { $file }: no problems found
check-summary-warnings = { $file }: loads, with { $warnings }
check-summary-errors = { $file }: { $errors } found; the file cannot be loaded until { $n ->
    [one] it is
   *[other] they are
} fixed
check-summary-both = { $file }: { $errors } and { $warnings } found; the file cannot be loaded until the errors are fixed
check-conflict-markers = the file has merge conflict markers (lines { $from }-{ $to }): resolve them, or merge with campaign-dash merge
check-conflict-markers-help = keep one side of each conflict and delete the marker lines (<<<<<<<, =======, >>>>>>>), then save; for git, set campaign-dash as the merge driver (see the guide) so that only a key changed on both sides conflicts
## Why a file cannot be read: read-cannot holds one of the others as $why.
read-cannot = cannot read { $path }: { $why }
read-not-found = there is no such file (`campaign-dash init { $path }` writes a starter file there)
read-directory = it is a directory, not a campaign file
read-kind-fifo = a named pipe (FIFO)
read-kind-socket = a socket
read-kind-device = a device
read-kind-special = a special file
read-not-a-file = it is { $kind }, not a campaign file; give the path of a regular file
read-too-large = it is { $size } ({ $bytes } bytes), larger than the { $max } a campaign file may have
read-grew = it grew beyond the { $max } a campaign file may have while it was being read
read-wrong-encoding = this file is { $encoding }; save it as UTF-8
read-encrypted = it is encrypted with age; `campaign-dash decrypt { $path } -o FILE` opens it (with its passphrase or identity)
read-not-utf8 = it is not UTF-8 text (byte { $byte } at line { $line }, column { $column }, byte offset { $offset }); save it as UTF-8
read-not-utf8-at = it is not UTF-8 text (byte { $byte }, byte offset { $offset }); save it as UTF-8
read-permission = permission denied (check the file's permissions)
check-jump-note = To jump to a problem: editors open FILE:LINE:COL as listed (vim +LINE FILE, code -g FILE:LINE:COL);
    in the dashboard, ! lists the problems and e opens $VISUAL or $EDITOR at the top one.
check-places-note = presentation mode: only where each problem is; its message and the line of the file are not shown, since they can quote any field (an address, a note). Without --present (or with p off, in the dashboard) they are.

## The status line: copying, the editor, moving about.
say-no-record-selected = no record selected: the list is empty
say-no-problem-to-open = no problem to open
say-nothing-to-copy = nothing to copy here: select a record in a list
say-copied-lines-cut = the first { $kept } of { $count } lines
say-copied-lines = { $n ->
    [one] { $count } line
   *[other] { $count } lines
}
say-copied-record = copied { $name } ({ $lines }) to the clipboard
say-envelope-needs-prisoners = { $key } copies a prisoner's envelope: { $tab } opens the prisoners
say-addresses-hidden = addresses are hidden in presentation mode: nothing copied
say-no-prisoner-selected = no prisoner selected
say-no-address = { $name } has no address in the file: nothing copied
## $from: where the name on the envelope comes from.
say-copied-envelope = copied the envelope of { $name }{ $from ->
    [alias] {" "}(name: first Cyrillic alias)
    [name] {" "}(name as written: no postal_name)
   *[postal] {""}
}
say-envelopes-without-address = { $n ->
    [one] { $count } prisoner has no address in the file
   *[other] { $count } prisoners have no address in the file
}
say-envelopes-without-postal-name = { $n ->
    [one] { $count } has no postal_name
   *[other] { $count } have no postal_name
}
say-no-marked-address = no marked prisoner has an address in the file: nothing copied
say-copied-envelopes = copied the envelopes of { $n ->
    [one] { $count } marked prisoner
   *[other] { $count } marked prisoners
} to the clipboard{ $notes }
say-overview-one-pane = the overview has one pane: 2-6 or ←/→ open a list
say-list-empty-no-detail = the list is empty: no detail to show
say-no-links = this record links to nothing
say-no-link-on-screen = no link on screen: { $keys } choose one
say-filter-off-to-show = the filter `{ $filter }` is off to show this record; f turns it on again
say-presenting = presentation mode: { $hidden } hidden; { $key } shows them
say-presenting-off = presentation mode off: every field shown
say-sort-unchanged = sort unchanged
say-no-filter = no filter on this list: { $key } types one
say-filter-waiting = the filter's matches are being found: a moment
say-no-match = no match
say-no-zoom = the overview has no panes to zoom: { $tabs } open a list
say-zoom-too-narrow = the terminal is too narrow for list and detail side by side
say-zoom-off = list and detail side by side
say-zoom-list = the list on the whole screen: { $key } shares it again
say-zoom-detail = the detail on the whole screen: { $key } shares it again
say-no-sort = the overview has no list to sort: { $tabs } open one
say-sort-by = sort by:
say-no-such-sort-letter = no column has the letter { $letter }: sort unchanged
## $column: the sort's name as `--sort` takes it (English).
say-sorted = sorted by { $column } { $descending ->
    [yes] ▼ descending
   *[no] ▲ ascending
}
say-own-order = in the list's own order
say-agenda-nothing-to-open = nothing on the agenda to open
say-nothing-to-go-back-to = no link followed: nothing to go back to
say-overview-nothing-to-choose = nothing on the overview to choose
say-overview-nothing-to-open = nothing on the overview to open
hidden-addresses = addresses
hidden-birthdays = birthdays
hidden-letter-writers = letter writers
hidden-notes = notes
hidden-risk-tags = risk tags
hidden-sponsors = sponsors
present-hiding = { $marker }: hiding { $hidden }…
read-not-found-settings = there is no such file (`campaign-dash config --default > { $path }` writes one there)
read-directory-settings = it is a directory, not a settings file
read-not-a-file-settings = it is { $kind }, not a settings file; give the path of a regular file
check-info = info
postal-more = { $count } more
postal-by-alias = { $n ->
    [one] { $count } prisoner
   *[other] { $count } prisoners
} by the first Cyrillic alias ({ $ids })
postal-by-name = { $n ->
    [one] { $count } prisoner
   *[other] { $count } prisoners
} by the name as written, having no Cyrillic alias ({ $ids })
postal-note = no postal_name: envelopes name { $names }; write postal_name as the prison mail needs it
say-no-editor = no editor: set $VISUAL or $EDITOR (e.g. export EDITOR=nano) to open the file with { $key }
say-editor-not-opened = not opened in the editor: { $why }
say-editor-failed = could not run the editor { $editor }: { $why }
say-editor-ended-kept = the editor { $editor } ended with { $status }: the file is as it was
say-editor-ended = the editor { $editor } ended with { $status }
say-edited-copy-unread = the edited copy could not be read ({ $why }): the file is as it was
say-editor-unchanged = not changed in the editor
ask-edit-again = The edited file has { $errors } and cannot be encrypted back. Edit it again? [Y/n]
say-edit-not-kept = the edit had errors and was not kept: the file is as it was
say-edit-not-sealed = not written: the file is encrypted, and { $why }
say-edit-kept-beside = not written over the file: it changed on disk while you edited; your edit is kept, encrypted, in { $side } (campaign-dash diff compares them)
say-edit-lost-beside = not written: the file changed on disk while you edited, and { $side } could not be written: { $why }
say-edit-sealed = the edit was encrypted back into the file
say-not-written = not written: { $why }
say-record-line-not-found = the record's line was not found: opened at the top
say-copy-failed = could not copy: { $why }
## The settings file's problems (campaign-dash config); the keys and names in backticks stay as written.
settings-invalid-toml-help = the whole file is left out: every default is used
settings-must-be-bool = `{ $key }` must be true or false
settings-identity = `identity` is the path of an age identity file, in quotes: "~/.config/campaign-dash/key.txt"
settings-lang = `lang` is one of { $codes }
settings-since = `since` is a git revision or a day, in quotes: "HEAD~1", "2026-11-30"
settings-known = known: { $names }
settings-unknown-setting = unknown setting `{ $name }`
settings-unknown-theme = unknown theme `{ $name }`
settings-unknown-role = unknown colour role `{ $name }`
settings-unknown-action = unknown action `{ $name }`
settings-unknown-filter-action = unknown action of the filter line `{ $name }`
settings-unknown-list = unknown list `{ $name }`
settings-unknown-column = unknown column of { $list } `{ $name }`
settings-must-be-table = `{ $name }` must be a table: a `[{ $name }]` header with keys under it
settings-must-be-names = `{ $name }` must be a list of names in quotes, e.g. ["j", "down"]
settings-theme-one-of = the theme must be one of { $names }, in quotes
settings-not-a-colour = `{ $role }`: `{ $value }` is not a colour
settings-colour-help = a colour is a name (red, blue, lightgreen, darkgray, ...), an index of the 256 colours (0-255), or #rrggbb
settings-colour-in-quotes = `{ $role }` must be a colour in quotes
settings-key-taken = `{ $action }`: the key `{ $key }` is given to `{ $first }` already
settings-key-taken-help = give each key to one action
settings-unknown-key = `{ $action }`: unknown key `{ $key }`
settings-key-names = a key is a character ("j", "G", "?"), or enter, esc, tab, backtab, up, down, left, right, home, end, pageup, pagedown, backspace, delete; "ctrl-" or "alt-" before it
settings-no-keys = `{ $action }` has no keys; leave it out to keep its default keys
settings-last-key = `{ $by }` takes the last key of `{ $other }`, which has none left
settings-last-key-help = give `{ $other }` a key of its own in [{ $section }]
settings-column-twice = `{ $list }`: `{ $column }` is listed twice
settings-no-column = `{ $list }` shows no column: all of them are shown
settings-summary = { $file }: { $errors } and { $warnings }; each is left out and its default used
settings-none = no settings file at { $place }: every default is used.
    `campaign-dash config --default > { $place }` writes one to change.
settings-left-out = settings: { $n ->
    [one] { $count } problem left out (campaign-dash config lists it)
   *[other] { $count } problems left out (campaign-dash config lists them)
}
settings-unreadable = settings: the file could not be read; the defaults are used
## The commands' own lines (diff, merge, encrypt, decrypt, strip, print, import, log, man); options and commands in them stay as typed.
cli-diff-format = diff writes text, markdown or json, not { $format }
cli-envelopes-presenting = presentation mode hides the addresses: envelopes cannot be printed while presenting
cli-warnings-note = { $file }: { $warnings } (campaign-dash check { $file } lists { $n ->
    [one] it
   *[other] them
})
cli-diff-which = --git or --since names the version
cli-diff-one-file = --git and --since compare one file with an earlier version of it: name one file
cli-diff-two-files = diff compares two files: campaign-dash diff OLD NEW (or --git REV FILE)
cli-git-not-utf8 = git { $command }: not UTF-8 text
cli-git-missing = the git program was not found: install git, or compare two files (campaign-dash diff OLD NEW)
cli-git-not-run = git could not be run: { $reason }
cli-no-commit-before = no commit of { $file } before { $day }
cli-cannot-read = cannot read { $file }: { $reason }
cli-side-not-loading = { $file } does not load, so it is not compared record by record:
cli-output-failed = could not write the output: { $reason }
cli-no-default-file = there is no { $file } in this folder.
    Name a campaign file (`campaign-dash FILE`), or write a starter one with `campaign-dash init`.
cli-nothing-merged = Nothing was merged.
cli-merge-side-broken = { $side } ({ $file }) does not load, so nothing was merged: fix it, or merge by hand
cli-merge-layout = { $side } ({ $file }) cannot be merged record by record: { $why }. Nothing was merged: merge it by hand
cli-could-not-write = could not write { $file }: { $reason }
cli-conflicts-left = { $n ->
    [one] { $count } conflict left
   *[other] { $count } conflicts left
} in { $file }: keep one side of each and delete the marker lines (<<<<<<<, =======, >>>>>>>), then `campaign-dash check`
cli-merged-broken = the merged file does not load (each side was fine alone): fix it in { $file }
cli-passphrase-command-not-run = --passphrase-command could not be run: { $reason }
cli-passphrase-command-failed = --passphrase-command failed ({ $status }): nothing done
cli-passphrase-not-utf8 = --passphrase-command gave a passphrase that is not UTF-8 text
cli-passphrase-for = Passphrase for { $file }
cli-passphrase-no-terminal = there is no terminal to ask the passphrase on: give --passphrase-command CMD
cli-passphrase-again = The same again, to be sure
cli-passphrase-unreadable = the passphrase could not be read: { $reason }
cli-passphrases-differ = the two passphrases differ: nothing written
cli-passphrase-empty = the passphrase is empty: nothing done
cli-no-public-key = { $file } lists no public key
cli-encrypt-to-whom = encrypt to whom? give -r RECIPIENT (age1…), -R FILE or --passphrase
cli-could-not-encrypt = could not encrypt: { $reason }
cli-not-encrypted = { $file } does not load: nothing encrypted
cli-exists = { $file } exists: nothing written (--force replaces it)
cli-encrypted-passphrase = { $out } written, encrypted with a passphrase. { $file } is still there in plaintext: once `campaign-dash decrypt { $out }` opens the new file, delete { $file } (and its copies: backups, a synced folder, git history).
cli-encrypted-keys = { $out } written, encrypted to { $n ->
    [one] { $count } public key
   *[other] { $count } public keys
}. { $file } is still there in plaintext: once `campaign-dash decrypt { $out }` opens the new file, delete { $file } (and its copies: backups, a synced folder, git history).
cli-plaintext-terminal = refusing to write the plaintext to a terminal (it would stay in its scrollback): give -o OUT, or pipe it
cli-cannot-decrypt = cannot decrypt { $file }: { $reason }
cli-decrypted = { $out } written: the plaintext of { $file }, readable by you only. Delete it when you are done.
cli-strip-unsound = the stripped campaign would not be the same list (a bug of campaign-dash): nothing written
cli-stripped = { $out } written: { $n ->
    [one] { $count } prisoner
   *[other] { $count } prisoners
}, without { $hidden } (and without the file's comments)
cli-print-evening-format = --view { $view } prints as text or pdf: add --format pdf -o FILE.pdf, or leave --format out
cli-print-pdf-views = --format pdf prints --view envelopes and --view sheets; the other views print as text, markdown, csv, json, xlsx or ics
cli-print-labels = --labels and --envelope lay out --view envelopes --format pdf
cli-print-pdf-terminal = a PDF is binary and is not written to a terminal: name a file with -o FILE.pdf, or redirect stdout (> FILE.pdf)
cli-print-all-xlsx = --view all writes a workbook, one sheet a view: add --format xlsx -o FILE.xlsx
cli-print-all-filter = --filter and --sort apply to one view, not to --view all
cli-print-raw-csv = --raw and --bom apply to --format csv
cli-print-xlsx-terminal = an xlsx workbook is binary and is not written to a terminal: name a file with -o FILE.xlsx, or redirect stdout (> FILE.xlsx)
cli-print-over-campaign = -o { $file } is the campaign file read; print never writes it: name another file
cli-import-exists = { $file } exists; import never overwrites a file: name a new one
cli-import-seal-needs-age = -r, -R and --passphrase encrypt the new file: name it with -o FILE.age
cli-import-strict = { $file }: { $errors } with --strict; nothing written
cli-imported = { $file }: { $counted } read as { $read_as }
cli-imported-warnings = { $warnings } (each said above and kept as a comment in the file)
cli-imported-written = written to { $file }
cli-log-has-errors = { $file } has errors to fix first; nothing was written
cli-log-nothing-written = nothing was written to { $file }
cli-since-unreadable = --since { $since }: that version could not be read
cli-terminal-failed = the terminal failed: { $reason }
cli-man-not-folder = { $dir } is not a folder (man --dir writes into an existing one)
## Writing the version shown back over a file on disk that cannot be shown (R, and on quitting).
ask-write-back = Write { $version } back over { $file }? On disk it { $state }.
ask-write-back-quit = { $file } on disk { $state }. Write the version shown back before quitting?
ask-write-back-yes = write it back
ask-write-back-quit-no = quit without writing
ask-write-back-stay = stay
back-empty = is empty
back-errors = has { $errors }
back-unreadable = cannot be read
back-size = { $state }, { $percent }% of the size of the version shown
back-version-from = the version from { $time }
back-version-at-start = the version loaded at start
back-what = { $version }
banner-write-back = { $key } writes it back
say-written-back = { $file } written back: { $what }
say-nothing-to-write-back = nothing to write back: only a file on disk that is empty, has errors or cannot be read is written over, with the version shown
## The local history of versions (campaign-dash history, restore).
say-history-failed = the history of versions could not be written ({ $why }); the file itself is as it was
history-off = the history of versions is off (`history = false` in the settings), or there is no home folder to keep it in
history-none = no version of { $file } is kept yet: each one that loads without errors (the dashboard, check, print) is kept
history-head = { $file }: { $n ->
    [one] { $count } version kept
   *[other] { $count } versions kept
} in { $dir } (N counts back from the latest)
history-first = the first kept
history-sealed = encrypted (not compared)
history-unreadable = cannot be read
history-no-record = no record changed
history-changes = { $added } added, { $changed } changed, { $removed } removed
history-bytes = { $size } B
history-records = { $records } rec.
history-how = campaign-dash restore { $file } --at N -o OUT writes version N to OUT (--force: over { $file } itself)
restore-no-such = no version { $at } in the history of { $file } ({ $n ->
    [one] { $count } kept
   *[other] { $count } kept
}: campaign-dash history { $file } lists them)
restore-written = { $out } written: the version of { $time } ({ $records } records)
## What a reload changed (the status line), and the file watcher.
reload-summary = reloaded: { $changes }
reload-none = reloaded: no changes
reload-added = { $n } added
reload-changed = { $n } changed
reload-removed = { $n } removed
reload-removed-most = { $n } removed, most of the records (was the file saved whole?)
reload-campaign = the [campaign] table changed
reload-snoozes = the snoozed agenda items changed
reload-facilities = the places of custody ([[facilities]]) changed
reload-loads-now = { $file } loads now: showing it
say-not-watching = not watching the file ({ $why }): { $key } reloads it
say-watch-failed = watching the file failed ({ $why }): { $key } reloads it
