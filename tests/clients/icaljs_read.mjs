// Reads calendars with ical.js, the parser inside Thunderbird, and reports what it sees as JSON.
//
// Usage: node icaljs_read.mjs PATH/TO/ical.js < request.json
// The request is {"calendars": {name: text}, "probes": {name: ["YYYY-MM-DDTHH:MM:SS", ...]}}.
// For every calendar the answer holds its METHOD, its VTIMEZONEs and every VEVENT as ical.js reads
// it (texts, people, start and end in local time, their zone and the instant in UTC); for the probes,
// the UTC offset each VTIMEZONE gives those local times once registered with ICAL.TimezoneService,
// that is after ical.js expanded the observances' RRULEs. Assertions are made in Python.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const ICAL = (await import(pathToFileURL(process.argv[2]).href)).default;
const request = JSON.parse(readFileSync(0, "utf8"));

function inUtc(time) {
  return time.convertToZone(ICAL.Timezone.utcTimezone).toString();
}

function moment(time, zones) {
  const zone = time.zone;
  const tzid = zone ? zone.tzid : null;
  const ownBlock = zones.find((block) => block.getFirstPropertyValue("tzid") === tzid);
  return {
    local: time.toString(),
    tzid,
    // The zone ical.js attached is the VTIMEZONE of this very file, not a floating or guessed one.
    from_file: Boolean(ownBlock && zone.component && zone.component.toString() === ownBlock.toString()),
    utc: inUtc(time),
  };
}

function person(property) {
  if (!property) {
    return null;
  }
  const parameters = {};
  for (const name of ["cn", "role", "partstat", "rsvp", "cutype"]) {
    const value = property.getParameter(name);
    if (value !== undefined && value !== null) {
      parameters[name] = value;
    }
  }
  return { address: property.getFirstValue(), ...parameters };
}

function event(component, zones) {
  const item = new ICAL.Event(component);
  return {
    uid: item.uid,
    summary: item.summary,
    location: item.location,
    description: item.description,
    sequence: item.sequence,
    status: component.getFirstPropertyValue("status"),
    categories: component.getAllProperties("categories").flatMap((property) => property.getValues()),
    organizer: person(component.getFirstProperty("organizer")),
    attendees: component.getAllProperties("attendee").map(person),
    start: moment(item.startDate, zones),
    end: moment(item.endDate, zones),
    duration_seconds: item.duration.toSeconds(),
  };
}

function offsets(zones, probes) {
  const found = {};
  for (const block of zones) {
    const tzid = block.getFirstPropertyValue("tzid");
    ICAL.TimezoneService.reset();
    ICAL.TimezoneService.register(block);
    found[tzid] = probes.map((probe) => {
      const parsed = ICAL.Time.fromDateTimeString(probe);
      const local = new ICAL.Time({
        year: parsed.year,
        month: parsed.month,
        day: parsed.day,
        hour: parsed.hour,
        minute: parsed.minute,
        second: parsed.second,
        timezone: tzid,
      });
      return { local: probe, registered: local.zone.tzid === tzid, offset_seconds: local.utcOffset(), utc: inUtc(local) };
    });
  }
  ICAL.TimezoneService.reset();
  return found;
}

function read(text, probes) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone");
  return {
    name: calendar.name,
    version: calendar.getFirstPropertyValue("version"),
    prodid: calendar.getFirstPropertyValue("prodid"),
    method: calendar.getFirstPropertyValue("method"),
    timezones: zones.map((block) => block.getFirstPropertyValue("tzid")),
    events: calendar.getAllSubcomponents("vevent").map((component) => event(component, zones)),
    offsets: offsets(zones, probes || []),
  };
}

const answer = {};
for (const [name, text] of Object.entries(request.calendars)) {
  try {
    answer[name] = read(text, (request.probes || {})[name]);
  } catch (error) {
    answer[name] = { error: String(error && error.stack ? error.stack : error) };
  }
}
process.stdout.write(JSON.stringify(answer));
