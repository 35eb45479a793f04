"""Reading registration exports: files to numbered rows, rows to registrations.

Nothing here touches the database. The pipeline is

* :mod:`~konferenz_cli.importers.readers` – a CSV or spreadsheet file to raw
  rows numbered as the spreadsheet shows them;
* :mod:`~konferenz_cli.importers.layout` – the header row below titles and
  blank rows, totals rows skipped;
* :mod:`~konferenz_cli.importers.aliases` and
  :mod:`~konferenz_cli.importers.mapping` – which column means what, guessed
  from the headers in German and English or given by a mapping file;
* :mod:`~konferenz_cli.importers.values`, :mod:`~konferenz_cli.importers.topics`
  and :mod:`~konferenz_cli.importers.rows` – each row to a registration, a
  rejection with its reason, or a registration the source itself withdrew.
"""
