package longlisten

// Bậc 4 dialogues and meetings: three or four speakers, regional voices
// where a speaker comes from the south or the centre.
func init() {
	all = append(all,
		Rec{N: 1, Kind: Dialogue, Level: 4, Topics: []string{"office", "village"},
			Title: "Giao ban Uỷ ban nhân dân xã: chuẩn bị mùa mưa",
			Speakers: []Speaker{
				{Label: "Chủ tịch xã", Voice: "vi+m3", Pitch: 40, Rate: 228},
				{Label: "Cán bộ địa chính", Voice: "vi+m5", Pitch: 52, Rate: 230},
				{Label: "Trưởng trạm y tế", Voice: "vi+f2", Pitch: 60, Rate: 228},
				{Label: "Chỉ huy trưởng quân sự", Voice: "vi-vn-x-central+m1", Pitch: 35, Rate: 222},
			},
			Text: `Chủ tịch xã: Chúng ta bắt đầu. Dự báo năm nay mưa lũ đến sớm hơn mọi năm, khoảng giữa tháng sáu. Hôm nay mỗi bộ phận báo cáo ngắn gọn việc chuẩn bị, và nói rõ cần xã hỗ trợ gì. Mời đồng chí địa chính.
Cán bộ địa chính: Tôi đã cùng các trưởng thôn đi kiểm tra. Có mười hai hộ ở thôn Bản Lìn sống sát chân đồi, nguy cơ sạt lở rất cao. Năm ngoái đã có hai hộ phải di dời. Tôi đề nghị di dời tạm thời cả mười hai hộ này ngay khi có mưa to, không chờ lệnh của tỉnh.
Chủ tịch xã: Đưa bà con đến đâu?
Cán bộ địa chính: Nhà văn hoá thôn và trường tiểu học, chứa được khoảng sáu mươi người. Nhưng trường tiểu học chưa có nhà vệ sinh đủ dùng cho người lớn.
Trưởng trạm y tế: Về y tế, trạm đã có đủ thuốc cho ba tháng, nhưng chúng tôi lo nhất là nước sạch. Sau lũ năm ngoái, số ca tiêu chảy tăng gấp ba. Tôi đề nghị xã chuẩn bị thêm thuốc khử trùng nước và có kế hoạch đưa nước sạch đến điểm sơ tán.
Chỉ huy trưởng quân sự: Lực lượng dân quân có ba mươi người sẵn sàng. Tuy vậy, xã mới có một chiếc xuồng, nếu nước lên nhanh ở hai thôn cùng lúc thì không đủ. Tôi đã hỏi huyện đội, có thể mượn thêm một chiếc, nhưng phải có văn bản của xã.
Chủ tịch xã: Tôi kết luận thế này. Thứ nhất, đồng ý phương án di dời chủ động; địa chính lập danh sách, gửi tôi trong tuần này. Thứ hai, văn phòng làm ngay văn bản mượn xuồng, tôi ký trong chiều nay. Thứ ba, trạm y tế lập dự trù thuốc khử trùng; còn nhà vệ sinh ở trường, xã sẽ thuê nhà vệ sinh di động, không chờ xây mới. Thứ năm tuần sau họp lại để kiểm tra.`,
			TF: []TF{
				{S: "Năm nay mưa lũ được dự báo đến muộn hơn mọi năm.", A: false, Ev: "Dự báo năm nay mưa lũ đến sớm hơn mọi năm"},
				{S: "Sau lũ năm ngoái, số người bị tiêu chảy tăng lên nhiều.", A: true, Ev: "Sau lũ năm ngoái, số ca tiêu chảy tăng gấp ba."},
				{S: "Chủ tịch xã sẽ ký văn bản mượn xuồng ngay trong ngày họp.", A: true, Ev: "tôi ký trong chiều nay"},
			},
			Qs: []Q{
				{Kind: "main", P: "Cuộc họp này bàn về việc gì?", O: []string{"*Phân công chuẩn bị ứng phó với mưa lũ", "Báo cáo thiệt hại sau trận lũ", "Xây trường tiểu học mới", "Kế hoạch tiêm chủng"}, Ev: "Hôm nay mỗi bộ phận báo cáo ngắn gọn việc chuẩn bị"},
				{Kind: "detail", P: "Trưởng trạm y tế lo nhất về vấn đề gì?", O: []string{"*Nguồn nước uống hợp vệ sinh cho bà con sau trận ngập", "Thiếu thuốc chữa bệnh", "Thiếu nhân viên y tế", "Trạm y tế bị ngập"}, Ev: "chúng tôi lo nhất là nước sạch."},
				{Kind: "inference", P: "Vì sao cán bộ địa chính muốn di dời các hộ “không chờ lệnh của tỉnh”?", O: []string{"*Vì sạt lở có thể xảy ra nhanh, chờ lệnh thì có thể quá muộn", "Vì tỉnh không quan tâm đến xã", "Vì các hộ muốn chuyển nhà", "Vì xã có nhiều tiền"}, Ev: "nguy cơ sạt lở rất cao."},
				{Kind: "stance", P: "Chủ tịch xã giải quyết vấn đề nhà vệ sinh ở trường thế nào?", O: []string{"*Chọn cách nhanh: thuê nhà vệ sinh di động thay vì chờ xây", "Yêu cầu xây mới ngay", "Chuyển bà con đến nơi khác", "Để trường tự lo"}, Ev: "xã sẽ thuê nhà vệ sinh di động, không chờ xây mới."},
			},
			Notes: Notes{
				Text: "Biên bản giao ban. Hộ có nguy cơ sạt lở: {1} hộ, thôn Bản Lìn. Nơi sơ tán: nhà văn hoá thôn và {2}. Dân quân: 30 người, thiếu {3}. Kết luận: họp lại vào thứ {4} tuần sau.",
				A:    [][]string{{"mười hai", "12"}, {"trường tiểu học"}, {"xuồng"}, {"năm", "5"}},
			},
		},
		Rec{N: 2, Kind: Dialogue, Level: 4, Topics: []string{"study", "friendship"},
			Title: "Toạ đàm trên đài phát thanh: học tiếng Việt trước khi đi học",
			Speakers: []Speaker{
				{Label: "Người dẫn", Voice: "vi+f4", Pitch: 65, Rate: 228},
				{Label: "Tiến sĩ Lan", Voice: "vi-vn-x-south+f2", Pitch: 55, Rate: 228},
				{Label: "Anh Thoong", Voice: "vi+m4", Pitch: 40, Rate: 222},
			},
			Text: `Người dẫn: Kính chào quý thính giả. Trong chương trình hôm nay, chúng tôi mời tiến sĩ Lan, giảng viên dạy tiếng Việt cho người nước ngoài ở thành phố Hồ Chí Minh, và anh Thoong, cán bộ tỉnh Hủa Phăn, đã tốt nghiệp khoá trung cấp lý luận chính trị ở Thanh Hoá. Thưa anh Thoong, khi mới sang, anh gặp khó khăn gì nhất?
Anh Thoong: Khó nhất là nghe bài giảng. Tôi đã học tiếng Việt gần hai năm ở Lào, thi cũng đạt, nhưng những gì tôi học chủ yếu là hội thoại hằng ngày: đi chợ, hỏi đường. Sang đây, giảng viên nói về phương thức lãnh đạo, về quan hệ sản xuất, tôi gần như không hiểu. Tháng đầu tiên tôi đã nghĩ đến chuyện xin về.
Người dẫn: Thưa tiến sĩ, đó có phải là tình trạng chung không?
Tiến sĩ Lan: Rất phổ biến. Học viên học tiếng theo giáo trình chung, trong khi lớp lý luận cần một vốn từ rất riêng. Hơn nữa, nghe bài giảng dài bốn mươi lăm phút khác hẳn với nghe một đoạn hội thoại ngắn. Người nghe phải theo được lập luận, phải nhận ra đâu là ý chính, đâu là ví dụ. Theo tôi, các bài kiểm tra trước khi cử đi học cần có phần nghe bài giảng dài, chứ không chỉ nghe những câu ngắn.
Anh Thoong: Tôi đồng ý với chị. Nếu hồi đó bài kiểm tra có phần nghe bài giảng, tôi đã biết mình còn yếu ở đâu để chuẩn bị.
Người dẫn: Vậy anh đã vượt qua khó khăn đó thế nào?
Anh Thoong: Nhờ các bạn Việt Nam cùng lớp. Mỗi tối, một bạn giải thích lại cho tôi những khái niệm khó. Tôi cũng ghi âm bài giảng, nghe lại hai, ba lần. Đến tháng thứ ba thì tôi theo kịp.
Tiến sĩ Lan: Đó là cách làm rất tốt. Tôi chỉ muốn nói thêm: không nên để học viên tự xoay xở như vậy. Nhà trường và tỉnh bạn nên chuẩn bị cho học viên từ trước, bằng một khoá tiếng Việt chuyên ngành ngắn.`,
			TF: []TF{
				{S: "Anh Thoong chưa học tiếng Việt trước khi sang Việt Nam.", A: false, Ev: "Tôi đã học tiếng Việt gần hai năm ở Lào"},
				{S: "Có lúc anh Thoong đã nghĩ đến việc bỏ học về nước.", A: true, Ev: "Tháng đầu tiên tôi đã nghĩ đến chuyện xin về."},
				{S: "Anh Thoong theo kịp bài giảng ngay từ tháng thứ hai.", A: false, Ev: "Đến tháng thứ ba thì tôi theo kịp."},
			},
			Qs: []Q{
				{Kind: "main", P: "Chủ đề của buổi toạ đàm là gì?", O: []string{"*Vì sao học viên Lào khó theo kịp lời giảng trên lớp, và nên chuẩn bị ra sao", "Cuộc sống của học viên Lào ở thành phố Hồ Chí Minh", "Cách thi lấy chứng chỉ tiếng Việt", "Chương trình của Trường Chính trị Thanh Hoá"}, Ev: "khi mới sang, anh gặp khó khăn gì nhất?"},
				{Kind: "detail", P: "Vì sao anh Thoong không hiểu bài giảng dù đã học tiếng gần hai năm?", O: []string{"*Anh chủ yếu học tiếng giao tiếp hằng ngày, thiếu từ ngữ chính trị", "Anh chưa từng học tiếng Việt", "Giảng viên nói giọng miền Nam", "Anh không có tài liệu"}, Ev: "những gì tôi học chủ yếu là hội thoại hằng ngày"},
				{Kind: "stance", P: "Tiến sĩ Lan đề xuất gì về bài kiểm tra trước khi cử đi học?", O: []string{"*Đề thi nên thêm phần nghe các bài nói kéo dài nhiều phút", "Nên bỏ phần nghe", "Chỉ cần kiểm tra từ vựng", "Nên làm bài kiểm tra sau khi sang học"}, Ev: "các bài kiểm tra trước khi cử đi học cần có phần nghe bài giảng dài"},
				{Kind: "inference", P: "Câu cuối của tiến sĩ Lan ngầm phê bình điều gì?", O: []string{"*Việc để học viên tự lo chuẩn bị ngôn ngữ một mình", "Các bạn Việt Nam không giúp đỡ", "Anh Thoong học chưa chăm", "Bài giảng quá dài"}, Ev: "không nên để học viên tự xoay xở như vậy."},
			},
		},
		Rec{N: 3, Kind: Dialogue, Level: 4, Topics: []string{"village", "office"},
			Title: "Phỏng vấn chủ tịch xã về chuyển đổi cây trồng",
			Speakers: []Speaker{
				{Label: "Phóng viên", Voice: "vi-vn-x-south+f3", Pitch: 62, Rate: 228},
				{Label: "Chủ tịch xã", Voice: "vi+m2", Pitch: 38, Rate: 222},
			},
			Text: `Phóng viên: Thưa ông, hai năm trước xã vận động bà con chuyển hơn ba mươi héc-ta lúa một vụ sang trồng cam. Đến nay kết quả thế nào ạ?
Chủ tịch xã: Nói thật là chưa như mong muốn. Năm đầu, cam phát triển tốt, bà con phấn khởi. Nhưng năm thứ hai, nhiều vườn bị bệnh vàng lá, có vườn mất gần một nửa số cây.
Phóng viên: Nguyên nhân là gì ạ?
Chủ tịch xã: Có nhiều nguyên nhân. Giống cam mua từ nơi khác về, không rõ nguồn gốc. Bà con chưa có kinh nghiệm chăm sóc, bón phân theo cảm tính. Và phần trách nhiệm lớn thuộc về xã: chúng tôi vận động bà con trồng, nhưng chưa tổ chức tập huấn đầy đủ, chưa có cán bộ kỹ thuật theo dõi thường xuyên.
Phóng viên: Có ý kiến cho rằng xã đã chạy theo phong trào. Ông nghĩ sao?
Chủ tịch xã: Tôi không tránh né ý kiến đó. Chúng tôi đã muốn có kết quả nhanh để báo cáo, trong khi cây ăn quả cần thời gian. Đó là bài học. Nhưng tôi không cho rằng chủ trương chuyển đổi là sai. Lúa một vụ ở vùng đồi cho thu nhập rất thấp; nếu làm đúng cách, cây ăn quả vẫn là hướng đi có triển vọng.
Phóng viên: Vậy sắp tới xã sẽ làm gì?
Chủ tịch xã: Chúng tôi đã mời trung tâm khuyến nông của tỉnh về khảo sát đất, chọn giống sạch bệnh. Những hộ bị thiệt hại được hỗ trợ cây giống để trồng lại. Và lần này, chúng tôi làm thử trước ở năm hộ, có kết quả rồi mới mở rộng.`,
			TF: []TF{
				{S: "Ngay năm đầu, vườn cam đã bị bệnh nặng.", A: false, Ev: "Năm đầu, cam phát triển tốt, bà con phấn khởi."},
				{S: "Chủ tịch xã nhận rằng xã có một phần trách nhiệm về thất bại.", A: true, Ev: "phần trách nhiệm lớn thuộc về xã"},
				{S: "Xã sẽ mở rộng ngay mô hình trồng cam ra toàn xã.", A: false, Ev: "chúng tôi làm thử trước ở năm hộ, có kết quả rồi mới mở rộng."},
			},
			Qs: []Q{
				{Kind: "main", P: "Cuộc phỏng vấn chủ yếu nói về điều gì?", O: []string{"*Vì sao mô hình cam chưa thành công như mong đợi và hướng sửa chữa", "Thành công lớn của vườn cam trong xã", "Kỹ thuật trồng lúa ở vùng đồi", "Kế hoạch xây chợ nông sản"}, Ev: "Nói thật là chưa như mong muốn."},
				{Kind: "detail", P: "Điều gì đã xảy ra với vườn cam vào năm thứ hai?", O: []string{"*Nhiều vườn cam nhiễm bệnh, có vườn chết gần 50% số cây", "Cam được mùa nhưng mất giá", "Bà con chặt cam để trồng lại lúa", "Cam chưa ra quả"}, Ev: "nhiều vườn bị bệnh vàng lá, có vườn mất gần một nửa số cây."},
				{Kind: "stance", P: "Chủ tịch xã phản ứng thế nào trước ý kiến “chạy theo phong trào”?", O: []string{"*Nhận phần sai về cách làm nhưng vẫn bảo vệ chủ trương chuyển đổi", "Bác bỏ hoàn toàn ý kiến đó", "Đổ lỗi cho người dân", "Từ chối trả lời"}, Ev: "Nhưng tôi không cho rằng chủ trương chuyển đổi là sai."},
				{Kind: "inference", P: "Việc “làm thử ở năm hộ” cho thấy xã đã rút ra bài học gì?", O: []string{"*Nên thí điểm quy mô nhỏ, thấy hiệu quả rồi mới nhân rộng", "Chỉ nên hỗ trợ những hộ giàu", "Không nên trồng cây ăn quả nữa", "Phải làm nhanh để kịp báo cáo"}, Ev: "có kết quả rồi mới mở rộng."},
			},
		},
		Rec{N: 4, Kind: Dialogue, Level: 4, Topics: []string{"party-cell", "study"},
			Title: "Thảo luận nhóm: tự phê bình và phê bình",
			Speakers: []Speaker{
				{Label: "Nhóm trưởng", Voice: "vi+m1", Pitch: 45, Rate: 225},
				{Label: "Chị Phon", Voice: "vi+f5", Pitch: 58, Rate: 222},
				{Label: "Anh Hùng", Voice: "vi+m7", Pitch: 40, Rate: 228},
			},
			Text: `Nhóm trưởng: Câu hỏi thảo luận hôm nay là: vì sao tự phê bình và phê bình trong nhiều chi bộ còn hình thức, và cần làm gì. Tôi mời chị Phon trước.
Chị Phon: Theo tôi, lý do chính là tâm lý nể nang. Ở bản tôi, đảng viên đều là họ hàng, láng giềng. Phê bình người khác thì sợ mất lòng, sợ sau này người ta phê bình lại mình. Nên buổi kiểm điểm cuối năm, ai cũng nói “đồng chí có ưu điểm là nhiệt tình, khuyết điểm là đôi khi còn chưa quyết liệt”. Năm nào cũng vậy.
Anh Hùng: Tôi thấy chị nói đúng, nhưng chưa đủ. Ở cơ quan tôi, vấn đề không chỉ là nể nang, mà là sợ. Cấp dưới phê bình cấp trên thì lo bị trù dập. Nếu người đứng đầu không gương mẫu tự phê bình trước, thì cấp dưới không ai dám nói.
Nhóm trưởng: Vậy theo anh, phải bắt đầu từ người đứng đầu?
Anh Hùng: Đúng vậy. Và phải có cơ chế bảo vệ người góp ý. Người phê bình đúng mà bị gây khó khăn thì người gây khó khăn phải bị xử lý.
Chị Phon: Tôi bổ sung một ý: phê bình phải cụ thể. Đừng nói “chưa quyết liệt”, mà nói “việc này, ngày này, đồng chí hứa làm mà chưa làm”. Phê bình cụ thể thì người nghe mới sửa được, và cũng ít bị coi là công kích cá nhân.
Nhóm trưởng: Tôi tóm tắt: nhóm thống nhất ba nguyên nhân là nể nang, sợ bị trù dập và phê bình chung chung; và ba giải pháp: người đứng đầu làm gương, bảo vệ người góp ý, phê bình bằng việc cụ thể. Chị Phon sẽ trình bày trước lớp.`,
			TF: []TF{
				{S: "Theo chị Phon, đảng viên trong bản ngại phê bình nhau vì quan hệ họ hàng, láng giềng.", A: true, Ev: "đảng viên đều là họ hàng, láng giềng"},
				{S: "Anh Hùng cho rằng cấp dưới dễ dàng phê bình cấp trên.", A: false, Ev: "Cấp dưới phê bình cấp trên thì lo bị trù dập."},
				{S: "Nhóm trưởng sẽ tự trình bày kết quả trước lớp.", A: false, Ev: "Chị Phon sẽ trình bày trước lớp."},
			},
			Qs: []Q{
				{Kind: "main", P: "Nhóm thảo luận để trả lời câu hỏi nào?", O: []string{"*Tại sao việc góp ý cho nhau và tự nhận khuyết điểm vẫn làm cho có lệ, và sửa thế nào", "Cách tổ chức lễ kết nạp đảng viên", "Cách viết báo cáo tổng kết cuối năm", "Ai sẽ làm nhóm trưởng"}, Ev: "vì sao tự phê bình và phê bình trong nhiều chi bộ còn hình thức, và cần làm gì."},
				{Kind: "inference", P: "Câu nhận xét “nhiệt tình nhưng chưa quyết liệt” được chị Phon dẫn ra để chỉ điều gì?", O: []string{"*Lời phê bình chung chung, năm nào cũng giống nhau", "Một lời khen chân thành", "Một khuyết điểm nghiêm trọng", "Cách phê bình đúng mẫu"}, Ev: "Năm nào cũng vậy."},
				{Kind: "stance", P: "Anh Hùng đánh giá ý kiến của chị Phon thế nào?", O: []string{"*Hợp lý song chưa nói hết vấn đề", "Sai, vì nể nang không phải là nguyên nhân", "Đúng và đã đầy đủ, không cần nói thêm", "Lạc đề, không trả lời câu hỏi của nhóm"}, Ev: "Tôi thấy chị nói đúng, nhưng chưa đủ."},
				{Kind: "detail", P: "Theo chị Phon, phê bình cụ thể có lợi gì?", O: []string{"*Người bị phê bình biết rõ để sửa, và ít bị hiểu là công kích", "Buổi họp ngắn hơn", "Cấp trên dễ chấm điểm hơn", "Không ai bị mất lòng"}, Ev: "Phê bình cụ thể thì người nghe mới sửa được, và cũng ít bị coi là công kích cá nhân."},
			},
		},
	)
}
