"""The Orders panel: `controller.OrdersController` wires it into the window.

Inside: `panel` (the widget), `model`, `filters`, `widgets`, `loader` (paged loading from
Kombo), `lookup` (an order typed by ID, looked up with `?ids=`).
"""
