package org.supervision.calendar;

import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.supervision.shared.WorkspacePage;

/**
 * "My calendar feed": make an address to subscribe to in Outlook or Google Calendar, make a new
 * one, or stop it. The address is shown once, right after it is made: only its hash is kept,
 * so a lost address is replaced, not looked up.
 */
@WorkspacePage
class MyCalendarFeedPage {

    private final CalendarFeeds feeds;

    MyCalendarFeedPage(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar-feed")
    String page(Principal user, Model model) {
        model.addAttribute("madeAt", feeds.madeAt(user.getName()).orElse(null));
        return "calendar/my-calendar-feed";
    }

    @PostMapping("/calendar-feed")
    String make(Principal user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("address", feeds.renew(user.getName()));
        return "redirect:/calendar-feed";
    }

    @PostMapping("/calendar-feed/stop")
    String stop(Principal user, RedirectAttributes redirect) {
        feeds.stop(user.getName());
        redirect.addFlashAttribute("stopped", true);
        return "redirect:/calendar-feed";
    }
}
