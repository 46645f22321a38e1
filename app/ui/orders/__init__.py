"""The Orders panel: `controller.OrdersController` wires it into the window.

Inside: `panel` (the widget: filters, search, paging and states), `table_view` (the table, its
columns fitted to content and dock, its menu), `panel_states` (what the panel says, pure),
`model`, `filters`, `widgets`, `loader` (paged loading from Kombo), `lookup` (an order typed by
ID, looked up with `?ids=`).
"""
