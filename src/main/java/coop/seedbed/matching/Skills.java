package coop.seedbed.matching;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared vocabulary of skills (about sixty), each in one of the areas a young co-op needs
 * covered: building, design, money, governance and law, getting known and selling, running the
 * place day to day, and the trade itself. Free tags sit beside these; only these count for
 * complementary skills, because only these say which area someone covers.
 */
final class Skills {

  /** Areas, in the words suggestions use: "you design, they build, neither keeps the books yet". */
  static final Map<String, String> AREAS = new LinkedHashMap<>();

  /** Skill code to its label. */
  static final Map<String, String> LABELS = new LinkedHashMap<>();

  /** Skill code to its area. */
  static final Map<String, String> AREA_OF = new LinkedHashMap<>();

  static {
    AREAS.put("build", "build");
    AREAS.put("design", "design");
    AREAS.put("money", "keep the books");
    AREAS.put("governance", "know governance and the law");
    AREAS.put("outreach", "sell and get the word out");
    AREAS.put("operations", "run operations");
    AREAS.put("trade", "practise the trade");

    area("build", "backend", "Backend development");
    area("build", "frontend", "Frontend development");
    area("build", "mobile", "Mobile apps");
    area("build", "devops", "Infrastructure and DevOps");
    area("build", "data", "Data engineering");
    area("build", "machine-learning", "Machine learning");
    area("build", "security", "Security");
    area("build", "qa", "Testing and QA");
    area("build", "hardware", "Hardware and electronics");
    area("build", "product", "Product management");
    area("design", "ux", "User research and UX");
    area("design", "ui", "Interface design");
    area("design", "graphic", "Graphic design");
    area("design", "writing", "Writing and editing");
    area("design", "video", "Video and photography");
    area("design", "accessibility", "Accessibility");
    area("design", "illustration", "Illustration");
    area("money", "bookkeeping", "Bookkeeping");
    area("money", "accounting", "Accounting");
    area("money", "finance", "Financial planning");
    area("money", "fundraising", "Fundraising and grants");
    area("money", "community-shares", "Community shares");
    area("money", "payroll", "Payroll");
    area("money", "tax", "Tax");
    area("governance", "coop-governance", "Co-op governance");
    area("governance", "facilitation", "Facilitation");
    area("governance", "sociocracy", "Sociocracy");
    area("governance", "legal", "Legal and contracts");
    area("governance", "co-op-law", "Co-op law and registration");
    area("governance", "conflict", "Conflict resolution");
    area("governance", "policy", "Policy and advocacy");
    area("outreach", "sales", "Sales");
    area("outreach", "marketing", "Marketing");
    area("outreach", "community", "Community organising");
    area("outreach", "social-media", "Social media");
    area("outreach", "partnerships", "Partnerships");
    area("outreach", "customer-support", "Customer support");
    area("outreach", "events", "Events");
    area("operations", "project-management", "Project management");
    area("operations", "operations", "Operations");
    area("operations", "hr", "People and HR");
    area("operations", "logistics", "Logistics");
    area("operations", "procurement", "Purchasing");
    area("operations", "administration", "Administration");
    area("operations", "training", "Training and teaching");
    area("trade", "baking", "Baking");
    area("trade", "cooking", "Cooking");
    area("trade", "farming", "Farming and growing");
    area("trade", "construction", "Building and construction");
    area("trade", "carpentry", "Carpentry");
    area("trade", "care", "Care work");
    area("trade", "health", "Health care");
    area("trade", "teaching", "Teaching");
    area("trade", "retail", "Shop work and retail");
    area("trade", "cycling", "Bike repair and delivery");
    area("trade", "cleaning", "Cleaning");
    area("trade", "translation", "Translation");
    area("trade", "journalism", "Journalism");
    area("trade", "energy", "Renewable energy");
    area("trade", "housing", "Housing");
    area("trade", "crafts", "Crafts");
  }

  private Skills() {}

  private static void area(String area, String code, String label) {
    LABELS.put(code, label);
    AREA_OF.put(code, area);
  }

  static boolean known(String code) {
    return LABELS.containsKey(code);
  }

  /** The areas these skills cover. */
  static Set<String> areas(Collection<String> skills) {
    Set<String> areas = new TreeSet<>();
    for (String skill : skills) {
      String area = AREA_OF.get(skill);
      if (area != null) {
        areas.add(area);
      }
    }
    return areas;
  }
}
