package coop.seedbed.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as a browser sees it on a page: its action and the fields it would send (hidden ones such
 * as the view state and anti-forgery token included), ready to fill in and submit with one button.
 */
public final class PageForm {

  private final String action;
  private final Map<String, String> fields = new LinkedHashMap<>();

  private PageForm(Element form) {
    this.action = form.attr("action");
    for (Element input : form.select("input[name], textarea[name], select[name]")) {
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("button")) {
        continue;
      }
      fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
    }
  }

  public static PageForm on(String html, String formId) {
    Document page = Jsoup.parse(html);
    Element form = page.getElementById(formId);
    if (form == null || !form.tagName().equals("form")) {
      throw new AssertionError("no form #" + formId + " on the page:\n" + html);
    }
    return new PageForm(form);
  }

  public PageForm set(String name, String value) {
    if (!fields.containsKey(name)) {
      throw new AssertionError("the form has no field " + name + "; it has " + fields.keySet());
    }
    fields.put(name, value);
    return this;
  }

  public PageForm remove(String name) {
    fields.remove(name);
    return this;
  }

  public Map<String, String> fields() {
    return fields;
  }

  public Client.Answer submit(Client client, String button) {
    Map<String, String> sent = new LinkedHashMap<>(fields);
    sent.put(button, "pressed");
    return client.postForm(action, sent);
  }
}
