package coop.seedbed.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** {@code /candle}: what Digital Candle is, its volunteers, and where to start booking. */
@Named
@RequestScoped
public class CandlePage {

  private static final List<String> ZONES = Zones.ALL;

  @Inject VolunteerService volunteers;

  private String topic;
  private List<VolunteerView> list;

  public List<VolunteerView> getVolunteers() {
    if (list == null) {
      list = volunteers.list(topic);
    }
    return list;
  }

  public Map<String, String> getTopics() {
    return Topics.ALL;
  }

  /** Every zone id, for the list the time-zone field suggests from. */
  public List<String> getZones() {
    return ZONES;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic == null || topic.isBlank() ? null : topic;
  }
}
